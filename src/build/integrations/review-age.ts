import type { AstroIntegration } from 'astro';
import { DATA_DIR, readDataFolder } from '../../collections/data-files';
import { REVIEW_MAX_MONTHS, staleRatings } from '../content/review-age';

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
				const languages = [...readDataFolder('languages')].map(([id, data]) => ({
					id,
					ratings: ((data as { ratings?: { criterion: string; reviewed: unknown }[] } | null)?.ratings ?? []).map(
						(r) => ({ criterion: r.criterion, reviewed: String(r.reviewed) }),
					),
				}));
				for (const stale of staleRatings(languages, today())) {
					logger.warn(
						`${DATA_DIR}/languages/${stale.language}.yaml: the ${stale.criterion} rating was last reviewed on ${stale.reviewed}, more than ${REVIEW_MAX_MONTHS} months ago; check it against its sources and update reviewed`,
					);
				}
			},
		},
	};
}
