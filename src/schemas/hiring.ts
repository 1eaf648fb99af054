import { z } from 'astro/zod';
import { hiringChecklistSchema } from './hiring-checklist';
import type { KnownIds } from './ids';
import { onboardingPlanSchema } from './onboarding-plan';

/**
 * The `hiring` collection holds the checklist and the onboarding plan, one file each, told apart by
 * their `kind` so that each is validated against its own shape.
 */
export function hiringSchema(known: KnownIds) {
	return z.discriminatedUnion('kind', [hiringChecklistSchema(known), onboardingPlanSchema(known)]);
}
