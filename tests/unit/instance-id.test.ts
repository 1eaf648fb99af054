import { describe, expect, test } from 'vitest';
import { instanceId } from '../../src/build/html/instance-id';

describe('instanceId', () => {
	test('gives each instance on one page its own prefix, the first one unchanged', () => {
		const page = {};
		expect([
			instanceId(page, 'stack-picker'),
			instanceId(page, 'stack-picker'),
			instanceId(page, 'stack-picker'),
		]).toEqual(['stack-picker', 'stack-picker-2', 'stack-picker-3']);
	});

	test('counts each base on its own, and starts again on every page', () => {
		const one = {};
		const two = {};
		instanceId(one, 'stack-picker');
		expect(instanceId(one, 'scorecard')).toBe('scorecard');
		expect(instanceId(two, 'stack-picker')).toBe('stack-picker');
	});
});
