import { describe, expect, test } from 'vitest';
import { alternativeName, stackDiagram, wrapText } from '../../../src/lib/charts';

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
	const layout = stackDiagram(layers);

	test('one box per layer in order, one dashed box per alternative, naming it', () => {
		expect(layout.layers.map((l) => l.layer)).toEqual(['Back end', 'Database', 'Packaging']);
		expect(layout.layers.map((l) => l.alternatives.map((a) => a.lines.map((x) => x.text).join(' ')))).toEqual([
			['or: Django', 'or: Node.js'],
			[],
			['or: A managed platform’s build'],
		]);
	});

	test('a long choice wraps inside its box and keeps every word', () => {
		const db = layout.layers[1]!.box;
		expect(db.lines.length).toBeGreaterThan(1);
		expect(db.lines.map((l) => l.text).join(' ')).toBe(layers[1]!.choice);
		expect(db.lines.at(-1)!.y).toBeLessThan(db.y + db.height);
	});

	test('an arrow joins each layer’s box to the next layer’s box; the last has none', () => {
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
		const boxes = layout.layers.flatMap((l) => [l.box, ...l.alternatives]);
		for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height);
		for (const b of boxes) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
			expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
		}
	});
});
