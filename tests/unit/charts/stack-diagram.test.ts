import { describe, expect, test } from 'vitest';
import { alternativeName, charsThatFit, stackDiagram, wrapText } from '../../../src/charts/model';

describe('alternativeName', () => {
	test.each([
		['Django, when an ORM and an admin panel on day one save more time', 'Django'],
		['RabbitMQ when the need is reliable task routing', 'RabbitMQ'],
		[
			'Serverless functions for short, spiky tasks, accepting cold starts',
			'Serverless functions for short, spiky tasks',
		],
		['Self-run Kubernetes, only after a platform engineer has joined', 'Self-run Kubernetes'],
		[
			'A managed identity provider and a managed gateway instead of building either',
			'A managed identity provider and a managed gateway',
		],
		['REST described with OpenAPI, for the public and partner-facing API', 'REST described with OpenAPI'],
		['No broker yet, while transactions are the only source of truth', 'No broker yet'],
		['C# on .NET, in a Microsoft and Azure organisation', 'C# on .NET'],
		['A plain alternative', 'A plain alternative'],
		['  A spaced alternative  ', 'A spaced alternative'],
		['Django ,  if the team knows it', 'Django'],
		[' when in doubt, ask', 'when in doubt, ask'],
	])('%s → %s', (text, name) => {
		expect(alternativeName(text)).toBe(name);
	});
});

describe('wrapText', () => {
	test('breaks between words, keeps every word, and no line is longer than allowed unless one word is', () => {
		const text = 'PostgreSQL with the pgvector extension and a supercalifragilistic word';
		const lines = wrapText(text, 16);
		expect(lines.join(' ')).toBe(text);
		for (const line of lines) expect(line.length <= 16 || !line.includes(' ')).toBe(true);
	});
	test('an empty text has no lines', () => {
		expect(wrapText('  ', 10)).toEqual([]);
	});
	test('fills a line up to exactly the limit, and breaks one character beyond it', () => {
		expect(wrapText('ab cd', 5)).toEqual(['ab cd']);
		expect(wrapText('ab cd', 4)).toEqual(['ab', 'cd']);
		expect(wrapText(' ab \n\t cd  ef ', 5)).toEqual(['ab cd', 'ef']);
		expect(wrapText('a verylongword b', 3)).toEqual(['a', 'verylongword', 'b']);
	});
});

describe('charsThatFit', () => {
	test('counts characters 0.56 em wide, whole ones only, and at least one', () => {
		expect(charsThatFit(57, 10)).toBe(10);
		expect(charsThatFit(55, 10)).toBe(9);
		expect(charsThatFit(5, 10)).toBe(1);
		expect(charsThatFit(0, 10)).toBe(1);
	});
});

describe('stackDiagram', () => {
	const layers = [
		{
			layer: 'Back end',
			choice: 'Python with FastAPI',
			alternatives: ['Django, when an admin panel matters', 'Node.js'],
		},
		{
			layer: 'Database',
			choice: 'PostgreSQL with the pgvector extension, which keeps embeddings beside product data',
			alternatives: [],
		},
		{ layer: 'Packaging', choice: 'Docker images', alternatives: ['A managed platform’s build, if the team prefers'] },
	];
	// Laid out inside each test, so Stryker can tell which tests reach the code that lays it out.
	const layoutOf = () => stackDiagram(layers);

	test('one box per layer in order, one dashed box per alternative, naming it', () => {
		const layout = layoutOf();
		expect(layout.layers.map((l) => l.layer)).toEqual(['Back end', 'Database', 'Packaging']);
		expect(layout.layers.map((l) => l.alternatives.map((a) => a.lines.map((x) => x.text).join(' ')))).toEqual([
			['or: Django', 'or: Node.js'],
			[],
			['or: A managed platform’s build'],
		]);
	});

	test('a long choice wraps inside its box and keeps every word', () => {
		const layout = layoutOf();
		const db = layout.layers[1]!.box;
		expect(db.lines.length).toBeGreaterThan(1);
		expect(db.lines.map((l) => l.text).join(' ')).toBe(layers[1]!.choice);
		expect(db.lines.at(-1)!.y).toBeLessThan(db.y + db.height);
	});

	test('an arrow joins each layer’s box to the next layer’s box; the last has none', () => {
		const layout = layoutOf();
		const arrows = layout.layers.map((l) => l.arrow);
		expect(arrows.at(-1)).toBeNull();
		layout.layers.slice(0, -1).forEach((l, i) => {
			const [, start, end] = l.arrow!.path.match(/V? (\d+(?:\.\d+)?) V (\d+(?:\.\d+)?)/) ?? [];
			expect(Number(start)).toBe(l.box.y + l.box.height);
			const next = layout.layers[i + 1]!.box;
			// The arrowhead's tip touches the next box.
			expect(Number(l.arrow!.head.split(' ').at(-1)!.split(',')[1])).toBe(next.y - 1);
			expect(Number(end)).toBeLessThan(next.y);
		});
	});

	test('boxes stack downwards without overlapping and fit the drawing', () => {
		const layout = layoutOf();
		const boxes = layout.layers.flatMap((l) => [l.box, ...l.alternatives]);
		for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height);
		for (const b of boxes) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
			expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
		}
	});
});

describe('stackDiagram, measured', () => {
	// One small stack drawn in full: each number below is a position in the picture, so a change to
	// any of them must be a deliberate change of the drawing. The widths also pin where lines break:
	// a choice holds 41 characters a line, an alternative 30 (its box is narrower).
	const layoutOf = () =>
		stackDiagram([
			{
				layer: 'Back end',
				choice: 'Go with the standard library and a thin API router',
				alternatives: ['Small managed containers in a region, when the team has no platform engineer', 'Kotlin'],
			},
			{ layer: 'Database', choice: 'PostgreSQL', alternatives: [] },
			{ layer: 'Cache', choice: 'Redis', alternatives: [] },
		]);

	const rect = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
	const line = (text: string, y: number) => ({ text, y });

	test('lays out boxes, lines, the branch to the alternatives and the arrows exactly', () => {
		const layout = layoutOf();
		expect(layout).toEqual({
			width: 340,
			height: 308,
			fontSize: 14,
			layers: [
				{
					layer: 'Back end',
					box: {
						...rect(1, 1, 338, 68),
						nameY: 21,
						lines: [line('Go with the standard library and a thin', 39), line('API router', 57)],
					},
					alternatives: [
						{ ...rect(24, 75, 292, 50), lines: [line('or: Small managed containers', 95), line('in a region', 113)] },
						{ ...rect(24, 131, 292, 32), lines: [line('or: Kotlin', 151)] },
					],
					// Down the left gutter to the middle of the last alternative, with a tick into each one.
					branch: 'M 12 69 V 147 M 12 100 H 24 M 12 147 H 24',
					// Past the alternatives in the right gutter; the tip touches the next box.
					arrow: { path: 'M 328 69 V 179', head: '323,178 333,178 328,184' },
				},
				{
					layer: 'Database',
					box: { x: 1, y: 185, width: 338, height: 50, nameY: 205, lines: [{ text: 'PostgreSQL', y: 223 }] },
					alternatives: [],
					branch: null,
					// With no alternatives in the way, the arrow runs down the middle.
					arrow: { path: 'M 170 235 V 251', head: '165,250 175,250 170,256' },
				},
				{
					layer: 'Cache',
					box: { x: 1, y: 257, width: 338, height: 50, nameY: 277, lines: [{ text: 'Redis', y: 295 }] },
					alternatives: [],
					branch: null,
					arrow: null,
				},
			],
		});
	});
});
