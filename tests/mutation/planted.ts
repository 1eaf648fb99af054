/**
 * Two small functions for the mutation-testing sanity check (`scripts/mutation-sanity.mjs`).
 * `isAdult` is tested at its boundary, so every mutant of it must be killed. `discount` is tested
 * with one order only, so the mutant that moves its boundary (`>` to `>=`) must survive. A setup
 * that reports either of these wrongly cannot be trusted with a score.
 */

/** Whether someone of `age` years is an adult (18 or over). */
export function isAdult(age: number): boolean {
	return age >= 18;
}

/** The price after a 10 % discount on orders over 100. */
export function discount(total: number): number {
	return total > 100 ? total * 0.9 : total;
}
