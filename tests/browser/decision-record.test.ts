import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ADDRESS_UPDATE_INTERVAL_MS } from '../../src/lib/address';
import { decodeRecordLink, defaultRecordFields, encodeRecordLink } from '../../src/lib/decision-record';
import { encodePickerAnswers } from '../../src/lib/picker';
import { addressWrites, countAddressWrites, useChromium, watchErrors } from '../support/browser';
import { exampleAnswers, readDecisionRecordData } from '../support/decision-record-data';
import { record, recordPage, title } from '../support/decision-record-page';
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
		await page
			.getByRole('group', { name: new RegExp(escapeRegExp(question.label)) })
			.getByRole('radio', { name: option.label, exact: true })
			.check();
	}
}

/** A browser context whose pages may write to and read from the clipboard. */
async function clipboardContext() {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
	return context;
}

async function openPicker(context: BrowserContext) {
	const page = await context.newPage();
	await page.goto(`${baseUrl}/tools/stack-picker/`);
	await page.getByRole('button', { name: 'Reset answers' }).and(page.locator(':enabled')).waitFor();
	return page;
}

describe('the decision record', () => {
	test('from the fintech answers in the picker to a record that prints on at most two A4 pages', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const picker = await openPicker(context);
		const errors = watchErrors(picker);
		await answerPicker(picker, fintech);
		await expect(picker.getByText(/^Start with/).textContent()).resolves.toBe('Start with Go');

		await picker.getByRole('link', { name: 'Write the decision record' }).click();
		await picker.waitForURL(/\/tools\/decision-record\//);
		await picker.locator('.dr[data-ready]').waitFor();
		expect(new URL(picker.url()).search).toBe(`?${fintechQuery}`);
		await expect(title(picker).textContent()).resolves.toBe('Use Go for our backend');
		const text = (await record(picker).textContent()) ?? '';
		expect(text).toContain('Chosen option: Go, because:');
		expect(text).toContain('Runner-up: Rust');
		expect(text).toContain('The high-performance fintech API');
		expect(text).toContain(data.scenarios.find((s) => s.id === 'fintech-api')!.hireFirst);
		await expect(picker.getByText('from this page’s link (9 of 9 answered)').count()).resolves.toBe(1);

		for (const format of ['A4', 'Letter'] as const) {
			const pages = await pdfPageCount(await picker.pdf({ format }));
			console.info(`decision record (fintech) on ${format}: ${pages} page(s)`);
			expect(pages).toBeGreaterThanOrEqual(1);
			expect(pages).toBeLessThanOrEqual(2);
		}
		await picker.emulateMedia({ media: 'print' });
		expect(await title(picker).isVisible()).toBe(true);
		expect(await picker.getByRole('heading', { level: 1, name: 'Decision record' }).isVisible()).toBe(false);
		expect(await picker.locator('.dr button:visible, .dr input:visible, .dr select:visible').count()).toBe(0);
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
		await expect(title(page).textContent()).resolves.toBe(`Use Go for the backend of ${fields.product}`);
		const pages = await pdfPageCount(await page.pdf({ format: 'A4' }));
		console.info(`decision record (fintech, with the reader's text) on A4: ${pages} page(s)`);
		expect(pages).toBeLessThanOrEqual(2);
		await context.close();
	});

	test('the scorecard’s “Write the decision record” carries its weights, and the record adds the picker answers saved in the browser', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const picker = await openPicker(context);
		await answerPicker(picker, fintech);
		await picker.close();

		const page = await context.newPage();
		await page.goto(`${baseUrl}/tools/scorecard/`);
		await page.locator('.scorecard[data-ready]').waitFor();
		await page.getByRole('slider', { name: 'Operations' }).focus();
		await page.keyboard.press('End');
		await page.getByRole('link', { name: 'Write the decision record' }).click();
		await page.waitForURL(/\/tools\/decision-record\/\?s=/);
		await page.locator('.dr[data-ready]').waitFor();

		const sources = page.getByRole('region', { name: 'What the record is built from' });
		await expect(sources.textContent()).resolves.toMatch(/your last answers in the stack picker \(9 of 9 answered\)/);
		await expect(sources.textContent()).resolves.toMatch(/Scorecard: from this page’s link/);
		await expect(title(page).textContent()).resolves.toBe('Use Go for our backend');
		await expect(record(page).textContent()).resolves.toMatch(/Operations 10/);
		await expect(record(page).textContent()).resolves.not.toMatch(/No scorecard was found/);
		await context.close();
	});

	test('the picker saves the reader’s own answers for the record, but not those a link merely opened with', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${baseUrl}/tools/stack-picker/?${fintechQuery}`);
		await page.getByRole('button', { name: 'Reset answers' }).and(page.locator(':enabled')).waitFor();
		const saved = () => page.evaluate(() => localStorage.getItem('bsp:picker'));
		await expect(saved()).resolves.toBeNull();
		await answerPicker(page, { team: 'go' });
		await expect(saved()).resolves.toBe(encodePickerAnswers({ ...fintech, team: 'go' }, questions));
		await page.getByRole('button', { name: 'Reset answers' }).click();
		await expect(saved()).resolves.toBeNull();
		await context.close();
	});

	test('typing writes the address a few times a second at most, not once per keystroke, and ends on the latest text', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		await countAddressWrites(context);
		const { page } = await openRecord(`?${fintechQuery}`, context);
		const text = 'Payments ledger for merchants in the EU';
		await page.getByLabel('Product or system').pressSequentially(text);
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
		const { page, context } = await openRecord(`?${fintechQuery}`, await clipboardContext());
		await page.getByLabel('Product or system').fill('Ledger API');
		await page.getByLabel('Deciders').fill('Ana (CTO), Ben');
		await page.getByLabel('Status').selectOption('accepted');
		await page.getByLabel('Constraints the tools did not ask about').fill('EU hosting only\nNo new vendors');
		await expect(title(page).textContent()).resolves.toBe('Use Go for the backend of Ledger API');
		await expect.poll(() => new URL(page.url()).searchParams.has('r')).toBe(true);

		await page.getByRole('button', { name: 'Copy share link' }).click();
		await page.getByText('Copied the share link to the clipboard.').waitFor();
		const shared = await page.evaluate(() => navigator.clipboard.readText());
		expect(shared).toMatch(/\/tools\/decision-record\/\?r=[\w-]+$/);
		const original = await record(page).textContent();

		// Another reader, with nothing saved: the link alone rebuilds the record.
		const other = await openRecord(new URL(shared).search);
		await expect(record(other.page).textContent()).resolves.toBe(original);
		await expect(other.page.getByLabel('Product or system').inputValue()).resolves.toBe('Ledger API');
		await other.context.close();

		// The same reader, back on the bare page: the fields were saved in the browser.
		const again = await openRecord('', context);
		await expect(again.page.getByLabel('Product or system').inputValue()).resolves.toBe('Ledger API');
		await expect(again.page.getByLabel('Status').inputValue()).resolves.toBe('accepted');
		await context.close();
	});

	test('downloads and copies the record as Markdown', async () => {
		const { page, context } = await openRecord(`?${fintechQuery}`, await clipboardContext());
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download Markdown' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('decision-record-go.md');
		const markdown = readFileSync((await download.path())!, 'utf8');
		expect(markdown.startsWith('# Use Go for our backend\n')).toBe(true);
		expect(markdown).toContain('## Decision outcome');
		expect(markdown).toContain(`${baseUrl}/team/role-brief/?language=go&scenario=fintech-api`);
		expect(markdown).toMatch(/This record, editable: http:\/\/\S+\?r=[\w-]+\n$/);

		await page.getByRole('button', { name: 'Copy Markdown' }).click();
		await page.getByText('Copied the record as Markdown to the clipboard.').waitFor();
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(markdown);
		await context.close();
	});

	test('with nothing to go on, says the picker is not answered yet and that default weights are used', async () => {
		const { page, errors, context } = await openRecord();
		const article = record(page);
		await expect(article.textContent()).resolves.toMatch(/The stack picker has not been answered yet/);
		await expect(article.textContent()).resolves.toMatch(
			/No scorecard was found, so every criterion has the default weight/,
		);
		await expect(
			article.getByRole('link', { name: 'Answer the stack picker' }).first().getAttribute('href'),
		).resolves.toBe('/tools/stack-picker/');
		await expect(article.getByRole('link', { name: 'Set your own weights' }).getAttribute('href')).resolves.toBe(
			'/tools/scorecard/',
		);
		// The date defaults to today, in the reader's time zone.
		await expect(page.getByLabel('Date').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('a bad link shows a notice and defaults, and nothing from it becomes markup', async () => {
		const payload = '<img src=x onerror="window.__pwned=1">';
		const bad = await openRecord(`?workload=io-api&team=${encodeURIComponent(payload)}&s=%%%`);
		const notice = bad.page.locator('.dr-notice');
		await expect(notice.textContent()).resolves.toMatch(/Picker answers: This link had a problem/);
		await expect(notice.textContent()).resolves.toMatch(/Scorecard link: The scorecard data could not be read/);
		await expect(notice.textContent()).resolves.not.toContain('onerror');
		await bad.context.close();

		const garbage = await openRecord('?r=not-a-record');
		await expect(garbage.page.locator('.dr-notice').textContent()).resolves.toMatch(
			/The record link could not be read/,
		);
		await expect(record(garbage.page).textContent()).resolves.toMatch(/not been answered yet/);
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
		await expect(title(page).textContent()).resolves.toBe(`Use Go for the backend of ${payload}`);
		await expect(page.locator('.dr img').count()).resolves.toBe(0);
		expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('corrupted saved text gives a notice and empty fields', async () => {
		const context = await browser.newContext();
		await context.addInitScript(() => localStorage.setItem('bsp:decision-record', '{broken'));
		const { page } = await openRecord(`?${fintechQuery}`, context);
		await expect(page.locator('.dr-notice').textContent()).resolves.toMatch(
			/Your saved text for the record could not be read/,
		);
		await expect(page.getByLabel('Product or system').inputValue()).resolves.toBe('');
		await page.getByRole('button', { name: 'Dismiss' }).click();
		await expect(page.locator('.dr-notice').count()).resolves.toBe(0);
		await context.close();
	});
});
