import type { BrowserContext, Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { ADDRESS_UPDATE_INTERVAL_MS } from '../../src/common/address';
import { decodeRecordLink, defaultRecordFields, encodeRecordLink } from '../../src/tools/decision-record/model';
import { encodePickerAnswers } from '../../src/tools/picker/model';
import {
	addressWrites,
	allowClipboard,
	aria,
	byLabel,
	byRole,
	countAddressWrites,
	downloadingContext,
	inputValue,
	newPage,
	textOf,
	useChromium,
	waitForText,
	watchErrors,
	withText,
} from '../support/browser';
import { exampleAnswers, readDecisionRecordData } from '../support/decision-record-data';
import { record, recordPage, title, titleText } from '../support/decision-record-page';
import { pdfPageCount } from '../support/pdf';

const { baseUrl, browser } = useChromium();
const { openRecord } = recordPage(browser, baseUrl);
const data = readDecisionRecordData();
const questions = data.picker.config.questions;
const fintech = exampleAnswers('fintech-api');
const fintechQuery = encodePickerAnswers(fintech, questions);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Answers every picker question by clicking its option, as a reader would. */
async function answerPicker(page: Page, answers: Record<string, string>) {
	for (const [questionId, value] of Object.entries(answers)) {
		const question = questions.find((q) => q.id === questionId)!;
		const option = question.options.find((o) => o.value === value)!;
		// The question's group is named by its legend: the question's number and label.
		const group = aria('group', `${questions.indexOf(question) + 1}. ${question.label}`);
		const radio = (await page.waitForSelector(`${group} ${aria('radio', option.label)}`))!;
		// Centred first, so the click cannot land on the sticky header or the picker's sticky progress bar.
		await radio.evaluate((input) => input.scrollIntoView({ block: 'center' }));
		await radio.click();
		expect(await radio.evaluate((input) => (input as HTMLInputElement).checked), option.label).toBe(true);
	}
}

/** A browser context whose pages may write to and read from the clipboard. */
async function clipboardContext() {
	const context = await browser.createBrowserContext();
	await allowClipboard(context, baseUrl);
	return context;
}

/** Waits until the picker has hydrated: its questions, and Reset answers with them, are disabled until then. */
const pickerReady = (page: Page) =>
	byRole(page, 'button', 'Reset answers')
		.filter((button) => !(button as HTMLButtonElement).disabled)
		.waitHandle();

async function openPicker(context: BrowserContext) {
	const page = await newPage(context, { width: 1280, height: 900 });
	await page.goto(`${baseUrl}/tools/stack-picker/`);
	await pickerReady(page);
	return page;
}

/** A text field of the record's form, by its label. */
const field = async (page: Page, label: string) => (await page.waitForSelector(aria('textbox', label)))!;
/** The record's text. */
const recordText = (page: Page) => textOf(page, record);
/** The line of the form's status that confirms a copy, once it does. */
const copied = (page: Page) => waitForText(page, aria('status'), /^Copied/);

describe('the decision record', () => {
	test('from the fintech answers in the picker to a record that prints on at most two A4 pages', async () => {
		const context = await browser.createBrowserContext();
		const picker = await openPicker(context);
		const errors = watchErrors(picker);
		await answerPicker(picker, fintech);
		await expect(textOf(picker, withText('Start with'))).resolves.toBe('Start with Go');

		// The picker writes its own address too, so wait for the record page itself, not for a navigation.
		await byRole(picker, 'link', 'Write the decision record').click();
		await picker.waitForSelector('.dr[data-ready]');
		expect(new URL(picker.url()).pathname).toBe('/tools/decision-record/');
		expect(new URL(picker.url()).search).toBe(`?${fintechQuery}`);
		await expect(titleText(picker)).resolves.toBe('Use Go for our backend');
		const text = await recordText(picker);
		expect(text).toContain('Chosen option: Go, because:');
		expect(text).toContain('Runner-up: Rust');
		expect(text).toContain('The high-performance fintech API');
		expect(text).toContain(data.scenarios.find((s) => s.id === 'fintech-api')!.hireFirst);
		// Where the answers came from, and how many there are.
		const sources = await textOf(picker, aria('region', 'What the record is built from'));
		expect(sources).toMatch(/from this page’s link \(9 of 9 answered\)/);

		for (const format of ['A4', 'Letter'] as const) {
			const pages = await pdfPageCount(await picker.pdf({ format }));
			console.info(`decision record (fintech) on ${format}: ${pages} page(s)`);
			expect(pages).toBeGreaterThanOrEqual(1);
			expect(pages).toBeLessThanOrEqual(2);
		}
		// On paper: the record's title, but not the page's own heading or any control, each seen on screen first.
		const pageHeading = (await picker.waitForSelector(aria('heading', 'Decision record')))!;
		const visibleControls = () =>
			picker.$$eval('.dr button, .dr input, .dr select', (els) => els.filter((el) => el.checkVisibility()).length);
		expect(await visibleControls()).toBeGreaterThan(0);
		await picker.emulateMediaType('print');
		expect(await (await title(picker)).isVisible()).toBe(true);
		expect(await pageHeading.isVisible()).toBe(false);
		expect(await visibleControls()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('still prints on two A4 pages with the reader’s own text filled in', async () => {
		const fields = {
			product: 'Merchant payments and ledger API',
			constraints:
				'EU data residency; SOC 2 audit in Q3.\nTwo backend engineers today, four by summer.\nNo new vendors.',
			date: '2026-11-12',
			deciders: 'CTO, head of engineering, lead backend engineer',
			status: 'accepted' as const,
		};
		const link = encodeRecordLink({ answers: fintech, scorecard: null, fields }, data);
		const { page, context } = await openRecord(`?r=${link}`);
		await expect(titleText(page)).resolves.toBe(`Use Go for the backend of ${fields.product}`);
		const pages = await pdfPageCount(await page.pdf({ format: 'A4' }));
		console.info(`decision record (fintech, with the reader's text) on A4: ${pages} page(s)`);
		expect(pages).toBeLessThanOrEqual(2);
		await context.close();
	});

	test('the scorecard’s “Write the decision record” carries its weights, and the record adds the picker answers saved in the browser', async () => {
		const context = await browser.createBrowserContext();
		const picker = await openPicker(context);
		await answerPicker(picker, fintech);
		await picker.close();

		const page = await newPage(context, { width: 1280, height: 900 });
		await page.goto(`${baseUrl}/tools/scorecard/`);
		await page.waitForSelector('.scorecard[data-ready]');
		await (await page.waitForSelector(aria('slider', 'Operations')))!.focus();
		await page.keyboard.press('End');
		// The scorecard writes its own address too, so wait for the record page itself, not for a navigation.
		await byRole(page, 'link', 'Write the decision record').click();
		await page.waitForSelector('.dr[data-ready]');
		expect(new URL(page.url()).pathname).toBe('/tools/decision-record/');
		expect(new URL(page.url()).searchParams.has('s')).toBe(true);

		const sources = await textOf(page, aria('region', 'What the record is built from'));
		expect(sources).toMatch(/your last answers in the stack picker \(9 of 9 answered\)/);
		expect(sources).toMatch(/Scorecard: from this page’s link/);
		await expect(titleText(page)).resolves.toBe('Use Go for our backend');
		const text = await recordText(page);
		expect(text).toMatch(/Operations 10/);
		expect(text).not.toMatch(/No scorecard was found/);
		await context.close();
	});

	test('the picker saves the reader’s own answers for the record, but not those a link merely opened with', async () => {
		const context = await browser.createBrowserContext();
		const page = await context.newPage();
		await page.goto(`${baseUrl}/tools/stack-picker/?${fintechQuery}`);
		await pickerReady(page);
		const saved = () => page.evaluate(() => localStorage.getItem('bsp:picker'));
		await expect(saved()).resolves.toBeNull();
		await answerPicker(page, { team: 'go' });
		await expect(saved()).resolves.toBe(encodePickerAnswers({ ...fintech, team: 'go' }, questions));
		await byRole(page, 'button', 'Reset answers').click();
		await expect(saved()).resolves.toBeNull();
		await context.close();
	});

	test('typing writes the address a few times a second at most, not once per keystroke, and ends on the latest text', async () => {
		const { page, context } = await openRecord(`?${fintechQuery}`, { prepare: countAddressWrites });
		const text = 'Payments ledger for merchants in the EU';
		await (await field(page, 'Product or system')).type(text);
		await expect
			.poll(() => decodeRecordLink(new URL(page.url()).searchParams.get('r') ?? '', data).inputs.fields.product)
			.toBe(text);
		const calls = await addressWrites(page);
		// However slow or fast the input, two writes are never closer than the updater's interval.
		const gaps = calls.slice(1).map((t, i) => t - calls[i]!);
		expect(Math.min(...gaps, Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(ADDRESS_UPDATE_INTERVAL_MS * 0.9);
		expect(calls.length).toBeGreaterThan(0);
		expect(calls.length).toBeLessThan(text.length);
		await context.close();
	});

	test('remembers the reader’s text, and its share link restores the whole record in another browser', async () => {
		const { page, context } = await openRecord(`?${fintechQuery}`, { context: await clipboardContext() });
		await byRole(page, 'textbox', 'Product or system').fill('Ledger API');
		await byRole(page, 'textbox', 'Deciders').fill('Ana (CTO), Ben');
		await byRole(page, 'combobox', 'Status').fill('accepted');
		await byRole(page, 'textbox', 'Constraints the tools did not ask about').fill('EU hosting only\nNo new vendors');
		await expect(titleText(page)).resolves.toBe('Use Go for the backend of Ledger API');
		await expect.poll(() => new URL(page.url()).searchParams.has('r')).toBe(true);

		// Chromium answers a clipboard read only in a focused page.
		await page.emulateFocusedPage(true);
		await byRole(page, 'button', 'Copy share link').click();
		await copied(page);
		const shared = await page.evaluate(() => navigator.clipboard.readText());
		expect(shared).toMatch(/\/tools\/decision-record\/\?r=[\w-]+$/);
		const original = await recordText(page);

		// Another reader, with nothing saved: the link alone rebuilds the record.
		const other = await openRecord(new URL(shared).search);
		await expect(recordText(other.page)).resolves.toBe(original);
		await expect(inputValue(other.page, await field(other.page, 'Product or system'))).resolves.toBe('Ledger API');
		await other.context.close();

		// The same reader, back on the bare page: the fields were saved in the browser.
		const again = await openRecord('', { context });
		await expect(inputValue(again.page, await field(again.page, 'Product or system'))).resolves.toBe('Ledger API');
		const status = (await again.page.waitForSelector(aria('combobox', 'Status')))!;
		await expect(inputValue(again.page, status)).resolves.toBe('accepted');
		await context.close();
	});

	test('downloads and copies the record as Markdown', async () => {
		const downloads = await downloadingContext(browser);
		await allowClipboard(downloads.context, baseUrl);
		const { page } = await openRecord(`?${fintechQuery}`, { context: downloads.context });
		await byRole(page, 'button', 'Download Markdown').click();
		const { name, text: markdown } = await downloads.nextDownload();
		expect(name).toBe('decision-record-go.md');
		expect(markdown).toContain(`${baseUrl}/team/role-brief/?language=go&scenario=fintech-api`);
		expect(markdown).toMatch(
			new RegExp(`This record, editable: ${escapeRegExp(baseUrl)}/tools/decision-record/\\?r=[\\w-]+\n$`),
		);
		// The whole document, with what changes from run to run (the server's port, today's date and the
		// share link that carries it) written as placeholders.
		const stable = markdown
			.replaceAll(baseUrl, 'http://playbook.test')
			.replace(/\?r=[\w-]+/g, '?r=…')
			.replace(/\d{4}-\d{2}-\d{2}/g, 'YYYY-MM-DD');
		expect(stable).toMatchSnapshot();

		await page.emulateFocusedPage(true);
		await byRole(page, 'button', 'Copy Markdown').click();
		await copied(page);
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(markdown);
		await downloads.close();
	});

	test('with nothing to go on, says the picker is not answered yet and that default weights are used', async () => {
		const { page, errors, context } = await openRecord();
		const article = (await page.waitForSelector(record))!;
		const text = await article.evaluate((el) => el.textContent ?? '');
		expect(text).toMatch(/The stack picker has not been answered yet/);
		expect(text).toMatch(/No scorecard was found, so every criterion has the default weight/);
		const href = (name: string) => article.$eval(aria('link', name), (a) => a.getAttribute('href'));
		await expect(href('Answer the stack picker')).resolves.toBe('/tools/stack-picker/');
		await expect(href('Set your own weights')).resolves.toBe('/tools/scorecard/');
		// The date defaults to today, in the reader's time zone.
		await expect(inputValue(page, await byLabel(page, 'Date'))).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('a bad link shows a notice and defaults, and nothing from it becomes markup', async () => {
		const payload = '<img src=x onerror="window.__pwned=1">';
		const bad = await openRecord(`?workload=io-api&team=${encodeURIComponent(payload)}&s=%%%`);
		const notice = await textOf(bad.page, '.dr-notice');
		expect(notice).toMatch(/Picker answers: This link had a problem/);
		expect(notice).toMatch(/Scorecard link: The scorecard data could not be read/);
		expect(notice).not.toContain('onerror');
		await bad.context.close();

		const garbage = await openRecord('?r=not-a-record');
		await expect(textOf(garbage.page, '.dr-notice')).resolves.toMatch(/The record link could not be read/);
		await expect(recordText(garbage.page)).resolves.toMatch(/not been answered yet/);
		await garbage.context.close();

		// The reader's own text in a link is shown as text, never parsed.
		const link = encodeRecordLink(
			{
				answers: fintech,
				scorecard: null,
				fields: { ...defaultRecordFields(), product: payload, constraints: payload },
			},
			data,
		);
		const { page, errors, context } = await openRecord(`?r=${link}`);
		await expect(titleText(page)).resolves.toBe(`Use Go for the backend of ${payload}`);
		expect(await page.$$('.dr img')).toHaveLength(0);
		expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('corrupted saved text gives a notice and empty fields', async () => {
		const { page, context } = await openRecord(`?${fintechQuery}`, {
			prepare: (p) => p.evaluateOnNewDocument(() => localStorage.setItem('bsp:decision-record', '{broken')),
		});
		await expect(textOf(page, '.dr-notice')).resolves.toMatch(/Your saved text for the record could not be read/);
		await expect(inputValue(page, await field(page, 'Product or system'))).resolves.toBe('');
		await byRole(page, 'button', 'Dismiss').click();
		await page.waitForSelector('.dr-notice', { hidden: true });
		expect(await page.$$('.dr-notice')).toHaveLength(0);
		await context.close();
	});
});
