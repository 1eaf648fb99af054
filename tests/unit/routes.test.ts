import { describe, expect, test } from 'vitest';
import {
	DECISION_RECORD_PATH,
	glossaryHref,
	languageHref,
	PICKER_PATH,
	ROLE_BRIEF_PATH,
	SCORECARD_PATH,
	scenarioHref,
	sourceHref,
	withQuery,
} from '../../src/common/routes';
import { dataFolder } from '../support/playbook-data';

describe('the site’s routes', () => {
	test('every language and scenario in the data has a page under its route', async () => {
		const { existsSync } = await import('node:fs');
		for (const id of dataFolder('languages').keys()) {
			expect(existsSync(`content/docs${languageHref(id).replace(/\/$/, '')}.mdx`), id).toBe(true);
		}
		for (const id of dataFolder('scenarios').keys()) {
			expect(existsSync(`content/docs${scenarioHref(id).replace(/\/$/, '')}.mdx`), id).toBe(true);
		}
	});

	test('every tool’s path is the address of its page', async () => {
		const { existsSync } = await import('node:fs');
		for (const path of [PICKER_PATH, SCORECARD_PATH, DECISION_RECORD_PATH, ROLE_BRIEF_PATH]) {
			expect(path, path).toMatch(/^\/[a-z-]+\/[a-z-]+\/$/);
			expect(existsSync(`content/docs${path.replace(/\/$/, '')}.mdx`), path).toBe(true);
		}
	});

	test('a source links to its anchor on the sources page', () => {
		expect(sourceHref('tiobe', 'index')).toBe('/reference/sources/#source-tiobe');
		expect(sourceHref('go-1-27-release-notes', 'documentation')).toBe(
			'/reference/primary-sources/#source-go-1-27-release-notes',
		);
		expect(sourceHref('infoq-node', 'news')).toBe('/reference/primary-sources/#source-infoq-node');
	});

	test('a glossary term links to its anchor on the glossary page', () => {
		expect(glossaryHref('jvm')).toBe('/reference/glossary/#jvm');
	});

	test('withQuery adds a question mark only when there is a query', () => {
		expect(withQuery('/a/', '')).toBe('/a/');
		expect(withQuery('/a/', 'x=1')).toBe('/a/?x=1');
	});
});
