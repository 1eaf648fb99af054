const WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
];

/**
 * A count as prose writes it: a word up to twelve ("nine"), digits above ("14"), so a sentence that
 * states how many questions or criteria there are can be rendered from the data's own count.
 * @param capitalised start with a capital letter, for the first word of a sentence.
 */
export function numberWord(count: number, capitalised = false): string {
	const word = Number.isInteger(count) && count >= 0 && count < WORDS.length ? WORDS[count]! : String(count);
	return capitalised ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
