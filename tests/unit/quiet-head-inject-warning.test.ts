import { describe, expect, test } from 'vitest';
import { quietHeadInjectWarning } from '../../src/build/integrations/quiet-head-inject-warning';

const onLog = quietHeadInjectWarning().onLog as (
	level: string,
	log: { code?: string | undefined; message: string },
) => boolean;
const headInject =
	'The semantics of the module level directive "use astro:head-inject" in "content/docs/index.mdx?astroPropagatedAssets" may not be preserved when bundling.';

describe('the build drops only the head-inject directive warning', () => {
	test('drops the warning Astro 7 causes on every MDX page', () => {
		expect(onLog('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: headInject })).toBe(false);
	});

	test.each([
		['the same code about another directive', 'warn', 'MODULE_LEVEL_DIRECTIVE', 'directive "use client" in "x.tsx"'],
		['another warning that mentions the directive', 'warn', 'EVAL', headInject],
		['a warning without a code', 'warn', undefined, headInject],
		['the same text logged as information', 'info', 'MODULE_LEVEL_DIRECTIVE', headInject],
	])('lets through %s', (_, level, code, message) => {
		expect(onLog(level, { code, message })).toBe(true);
	});
});
