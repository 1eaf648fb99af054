import type { Page } from 'puppeteer-core';
import { aria } from './browser';

/** The accessible description of the image named `name`: the chart's text alternative. */
export async function chartDescription(page: Page, name: string): Promise<string> {
	const chart = await page.waitForSelector(aria('img', name));
	return chart!.evaluate((svg) => {
		const ids = svg.getAttribute('aria-describedby') ?? '';
		return ids
			.split(/\s+/)
			.map((id) => document.getElementById(id)?.textContent ?? '')
			.join(' ');
	});
}

/**
 * The ranking as the reader gets it: names in order, best first, with " (tie)" after a shared place,
 * read from the ranking chart's text alternative ("…: 1. Python 85.0; 2. Go (tie) 70.0; …").
 */
export function rankingFromDescription(text: string): string[] {
	return text
		.replace(/^[^:]*: /, '')
		.replace(/\.$/, '')
		.split('; ')
		.map((item) => item.replace(/^\d+\. /, '').replace(/ [\d.]+$/, ''));
}

/** The ranking on the scorecard page in `page`, as {@link rankingFromDescription} reads it. */
export async function ranking(page: Page): Promise<string[]> {
	return rankingFromDescription(await chartDescription(page, 'Ranking, best first'));
}
