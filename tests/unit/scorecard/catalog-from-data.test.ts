import { expect, test } from 'vitest';
import { toScorecardCatalog } from '../../../src/tools/scorecard/model';

test('the catalog keeps the scorecard criteria in display order, and only their scores', () => {
	const ratings = (scores: Record<string, number>) =>
		Object.entries(scores).map(([criterion, score]) => ({ criterion, score }));
	const catalog = toScorecardCatalog({
		criteria: [
			{ id: 'speed', data: { label: 'Speed', scorecard: true, order: 2 } },
			{ id: 'ai', data: { label: 'AI', scorecard: false, order: 0 } },
			{ id: 'hiring', data: { label: 'Hiring', scorecard: true, order: 1 } },
		],
		languages: [
			{ id: 'go', data: { name: 'Go', order: 2, ratings: ratings({ speed: 5, ai: 2, hiring: 3 }) } },
			{ id: 'python', data: { name: 'Python', order: 1, ratings: ratings({ hiring: 5 }) } },
		],
		presets: [
			{
				id: 'lean',
				data: {
					label: 'Lean',
					order: 1,
					weights: Object.entries({ speed: 8, hiring: 2 }).map(([criterion, weight]) => ({ criterion, weight })),
				},
			},
		],
	});
	expect(catalog).toMatchInlineSnapshot(`
		{
		  "criteria": [
		    {
		      "id": "hiring",
		      "label": "Hiring",
		    },
		    {
		      "id": "speed",
		      "label": "Speed",
		    },
		  ],
		  "defaultLanguages": [
		    "python",
		    "node-typescript",
		    "go",
		    "java-kotlin",
		  ],
		  "languages": [
		    {
		      "id": "python",
		      "name": "Python",
		      "seeded": {
		        "hiring": 5,
		      },
		    },
		    {
		      "id": "go",
		      "name": "Go",
		      "seeded": {
		        "hiring": 3,
		        "speed": 5,
		      },
		    },
		  ],
		  "presets": [
		    {
		      "id": "lean",
		      "label": "Lean",
		      "weights": {
		        "hiring": 2,
		        "speed": 8,
		      },
		    },
		  ],
		}
	`);
});
