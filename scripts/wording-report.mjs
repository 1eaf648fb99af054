#!/usr/bin/env node
/**
 * How much of the tests pins wording rather than behaviour (`node scripts/wording-report.mjs
 * [--list]`). Not part of `npm test`: it is a figure to read, not a gate.
 *
 * 1. Sentences of the product: every string literal, template literal and JSX text in
 *    `src/**\/*.ts(x)` (test files aside) is split into sentences, and a piece counts as a
 *    sentence when it starts with a capital letter, has at least four words and ends with `.`,
 *    `!` or `?`. A template's `${…}` holes match any short text, so `Weights add up to ${n}.`
 *    is found in a test that says `Weights add up to 10.`.
 *    Prose fragments are counted too: each run of literal text between a template's holes, split
 *    at sentence ends, of five words or more (`must be a whole number from`), whether or not it is
 *    a whole sentence; a test that holds one pins part of a sentence.
 * 2. Which of those sentences appear word for word in the tests: in the unit and build tests and
 *    the support files they import (the part this report is about), there also counted without
 *    the inline snapshots (`toMatchInlineSnapshot`), which are the one reviewed copy of a whole
 *    document or notice list, and in every test folder.
 * 3. Exact-text assertions in the unit and build tests: a matcher (`toBe`, `toEqual`,
 *    `toStrictEqual`, `toContain`, `toMatch`, `toThrow`, `toContainEqual`, `toHaveProperty`)
 *    whose expected value holds prose, that is a string literal of at least four words. Snapshots
 *    (`toMatchSnapshot`, `toMatchInlineSnapshot`) are counted apart: they are the one reviewed
 *    copy of a whole document.
 *
 * `--list` prints each pinned sentence and each exact-text assertion with its place.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const list = process.argv.includes('--list');

/** Files below `dir` (relative to the root) whose name passes `keep`. */
function walk(dir, keep) {
	const found = [];
	for (const name of readdirSync(join(root, dir))) {
		const path = join(dir, name);
		if (statSync(join(root, path)).isDirectory()) found.push(...walk(path, keep));
		else if (keep(name)) found.push(path);
	}
	return found.sort();
}

const isSource = (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts');
const isTestFile = (name) => /\.(ts|tsx|mjs|js)$/.test(name);

function parse(file) {
	const text = readFileSync(join(root, file), 'utf8');
	const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
	return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

function visit(node, fn) {
	fn(node);
	ts.forEachChild(node, (child) => visit(child, fn));
}

/** A placeholder for a template's `${…}` hole, kept out of every real text. */
const HOLE = '\u0000';

/** The texts of a source file's literals, a template's holes written as HOLE. */
function literalTexts(source) {
	const texts = [];
	visit(source, (node) => {
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
		else if (ts.isTemplateExpression(node))
			texts.push(node.head.text + node.templateSpans.map((span) => HOLE + span.literal.text).join(''));
		else if (ts.isJsxText(node)) texts.push(node.text.replace(/\s+/g, ' ').trim());
	});
	return texts;
}

const words = (text) => text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));

/** The sentences of a text: pieces that start with a capital, have four words or more, end in . ! or ?. */
function sentencesOf(text) {
	return text
		.split(/(?<=[.!?])\s+(?=[\p{Lu}\d"'‘“(])/u)
		.map((piece) => piece.trim())
		.filter((piece) => /^["'‘“(]?\p{Lu}/u.test(piece) && /[.!?]["'’”)]?$/.test(piece) && words(piece).length >= 4);
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A test names a sentence when its text holds it, each hole standing for any short run of text. */
function finder(sentence) {
	const pattern = sentence
		.split(HOLE)
		.map((part) => escapeRegExp(part).replace(/\s+/g, '\\s+'))
		.join('[^\\n]{0,80}?');
	return new RegExp(pattern);
}

const sourceFiles = walk('src', isSource);
const sentences = new Map();
for (const file of sourceFiles) {
	for (const text of literalTexts(parse(file))) {
		for (const sentence of sentencesOf(text)) {
			if (!sentences.has(sentence)) sentences.set(sentence, file);
		}
	}
}

/** The support files that only the unit and build tests import. */
function unitSupportFiles() {
	const shared = new Set();
	const others = [
		...walk('tests/browser', isTestFile),
		...walk('tests/engines', isTestFile),
		...walk('tests/site', isTestFile),
	];
	const imported = (files) => {
		const names = new Set();
		for (const file of files) {
			for (const [, name] of readFileSync(join(root, file), 'utf8').matchAll(/support\/([\w/-]+)(?:\.m?[jt]s)?['"]/g))
				names.add(name);
		}
		return names;
	};
	for (const name of imported(others)) shared.add(name);
	const mine = imported([...walk('tests/unit', isTestFile), ...walk('tests/build', isTestFile)]);
	return walk('tests/support', isTestFile).filter((file) => {
		const name = relative('tests/support', file).replace(/\.m?[jt]s$/, '');
		return mine.has(name) && !shared.has(name);
	});
}

const ownTests = [...walk('tests/unit', isTestFile), ...walk('tests/build', isTestFile), ...unitSupportFiles()];
const allTests = walk('tests', isTestFile).filter((file) => !file.startsWith('tests/mutation/'));
const read = (files) => files.map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
/** A test file's text without its inline snapshots, the one reviewed copy of a whole document. */
const withoutSnapshots = ({ file, text }) => ({
	file,
	text: text.replace(/\.toMatchInlineSnapshot\(\s*`(?:[^`\\]|\\.)*`\s*\)/g, '.toMatchInlineSnapshot()'),
});
const ownTexts = read(ownTests);
const allTexts = read(allTests);
const ownOutsideSnapshots = ownTexts.map(withoutSnapshots);

const pinnedIn = (texts) => {
	const pinned = [];
	for (const [sentence, file] of sentences) {
		const find = finder(sentence);
		const where = texts.filter(({ text }) => find.test(text)).map(({ file }) => file);
		if (where.length > 0) pinned.push({ sentence, file, where });
	}
	return pinned;
};
const pinnedOwn = pinnedIn(ownTexts);
const pinnedOutsideSnapshots = pinnedIn(ownOutsideSnapshots);
const fragments = new Set();
for (const sentence of sentences.keys()) fragments.add(sentence);
for (const file of sourceFiles) {
	for (const text of literalTexts(parse(file))) {
		for (const part of text.split(HOLE)) {
			for (const piece of part.split(/(?<=[.!?;:])\s+/)) {
				if (words(piece).length >= 5) fragments.add(piece.trim());
			}
		}
	}
}
const fragmentsIn = (texts) =>
	[...fragments].filter((fragment) => !fragment.includes(HOLE) && texts.some(({ text }) => text.includes(fragment)));
const pinnedAll = pinnedIn(allTexts);

const TEXT_MATCHERS = new Set([
	'toBe',
	'toEqual',
	'toStrictEqual',
	'toContain',
	'toContainEqual',
	'toMatch',
	'toThrow',
	'toThrowError',
	'toHaveProperty',
]);
const SNAPSHOTS = new Set(['toMatchSnapshot', 'toMatchInlineSnapshot', 'toMatchFileSnapshot']);

/** Whether `node` (an expected value) holds a string literal of four words or more. */
function holdsProse(node) {
	let prose = false;
	visit(node, (inner) => {
		if (prose) return;
		if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) prose = words(inner.text).length >= 4;
		else if (ts.isTemplateExpression(inner))
			prose =
				words(inner.head.text + inner.templateSpans.map((span) => ` x ${span.literal.text}`).join('')).length >= 4;
	});
	return prose;
}

const assertions = [];
let snapshots = 0;
for (const { file } of ownTexts) {
	if (!/\.test\.ts$/.test(file)) continue;
	const source = parse(file);
	visit(source, (node) => {
		if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
		const name = node.expression.name.text;
		if (SNAPSHOTS.has(name)) snapshots += 1;
		if (!TEXT_MATCHERS.has(name) || !node.arguments.some(holdsProse)) return;
		const { line } = source.getLineAndCharacterOfPosition(node.getStart());
		assertions.push(`${file}:${line + 1} ${name}`);
	});
}

if (list) {
	console.log('Sentences of src/ found word for word in the unit and build tests, outside inline snapshots:');
	for (const { sentence, file, where } of pinnedOutsideSnapshots)
		console.log(`- ${JSON.stringify(sentence.replaceAll(HOLE, '\u0024{…}'))} (${file}) in ${where.join(', ')}`);
	console.log('\nProse fragments of src/ found word for word in the unit and build tests, outside inline snapshots:');
	for (const fragment of fragmentsIn(ownOutsideSnapshots)) {
		const where = ownOutsideSnapshots.filter(({ text }) => text.includes(fragment)).map(({ file }) => file);
		console.log(`- ${JSON.stringify(fragment)} in ${where.join(', ')}`);
	}
	console.log('\nExact-text assertions in the unit and build tests:');
	for (const place of assertions) console.log(`- ${place}`);
	console.log('');
}
console.log(`sentences in src/**/*.ts(x) string literals and JSX text: ${sentences.size}`);
console.log(`  found word for word in unit/build tests and their support files: ${pinnedOwn.length}`);
console.log(`    of them outside inline snapshots: ${pinnedOutsideSnapshots.length}`);
console.log(`  found word for word in any test folder: ${pinnedAll.length}`);
const wholeFragments = [...fragments].filter((fragment) => !fragment.includes(HOLE));
console.log(`prose fragments (five words or more between holes): ${wholeFragments.length}`);
console.log(`  found word for word in unit/build tests and their support files: ${fragmentsIn(ownTexts).length}`);
console.log(`    of them outside inline snapshots: ${fragmentsIn(ownOutsideSnapshots).length}`);
console.log(`  found word for word in any test folder: ${fragmentsIn(allTexts).length}`);
console.log(`exact-text assertions (a matcher given prose) in unit/build tests: ${assertions.length}`);
console.log(`snapshots in unit/build tests: ${snapshots}`);
