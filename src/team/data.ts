import { getEntry } from 'astro:content';
import type { HiringChecklist, OnboardingPlan } from '../schemas';

/** The backend hiring checklist, from `content/data/hiring/checklist.yaml`. */
export async function getHiringChecklist(): Promise<HiringChecklist> {
	const entry = await getEntry('hiring', 'checklist');
	if (entry?.data.kind !== 'checklist') {
		throw new Error('content/data/hiring/checklist.yaml is missing or does not say `kind: checklist`');
	}
	return entry.data;
}

/** The first-month onboarding plan, from `content/data/hiring/onboarding.yaml`. */
export async function getOnboardingPlan(): Promise<OnboardingPlan> {
	const entry = await getEntry('hiring', 'onboarding');
	if (entry?.data.kind !== 'onboarding') {
		throw new Error('content/data/hiring/onboarding.yaml is missing or does not say `kind: onboarding`');
	}
	return entry.data;
}
