import { describe, expect, it } from 'vitest';
import { discount, isAdult } from './planted';

// Run only by the mutation sanity check, never by `npm test` (no Vitest project includes it).
describe('planted functions for the mutation sanity check', () => {
	it('isAdult is tested on both sides of its boundary', () => {
		expect(isAdult(18)).toBe(true);
		expect(isAdult(17)).toBe(false);
	});

	it('discount is tested with one large order only, leaving its boundary untested on purpose', () => {
		expect(discount(200)).toBe(180);
	});
});
