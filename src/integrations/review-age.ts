import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { DATA_DIR } from '../data/known-ids';
import { REVIEW_MAX_MONTHS, staleRatings } from '../lib/content/review-age';

/**
 * Warns, without failing the build, about every rating whose `reviewed` date is more than twelve
 * months old, so that an ageing judgement is re-checked against its sources. The files are read
 * here rather than from the collections because integrations run outside Astro's content layer;
 * a malformed file is left to the collection's validation, which names it.
 */
export function reviewAge(today: () => Date = () => new Date()): AstroIntegration {
	return {
		name: 'playbook:review-age',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const dir = join(process.cwd(), DATA_DIR, 'languages');
				const languages = readdirSync(dir)
					.filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_'))
					.flatMap((name) => {
						try {
							const data = parse(readFileSync(join(dir, name), 'utf8')) as {
								ratings?: { criterion: string; reviewed: unknown }[];
							};
							const ratings = (data.ratings ?? []).map((r) => ({
								criterion: r.criterion,
								reviewed: String(r.reviewed),
							}));
							return [{ id: basename(name, extname(name)), ratings }];
						} catch {
							return [];
						}
					});
				for (const stale of staleRatings(languages, today())) {
					logger.warn(
						`${DATA_DIR}/languages/${stale.language}.yaml: the ${stale.criterion} rating was last reviewed on ${stale.reviewed}, more than ${REVIEW_MAX_MONTHS} months ago; check it against its sources and update reviewed`,
					);
				}
			},
		},
	};
}
