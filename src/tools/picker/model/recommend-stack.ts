import type {
	PickerAnswers,
	PickerChange,
	PickerData,
	PickerDriver,
	PickerReason,
	PickerRecommendation,
	PickerStackLayer,
} from './types';

type Rule = PickerData['config']['rules'][number];

/** A source of points: one answered question, or one rule whose answers all hold. */
interface Contribution {
	languages: Record<string, number>;
	text: string;
	drivers: PickerDriver[];
	rule?: string;
}

/** The answered questions, in question order, with their option; unknown ids and values are skipped. */
function answeredOptions(answers: PickerAnswers, data: PickerData) {
	return data.config.questions.flatMap((question) => {
		const option = question.options.find((o) => o.value === answers[question.id]);
		return option ? [{ question, option }] : [];
	});
}

/** The labelled answers that satisfy a rule's condition, or null if the condition does not hold. */
function ruleDrivers(rule: Rule, answers: PickerAnswers, data: PickerData): PickerDriver[] | null {
	const drivers: PickerDriver[] = [];
	for (const [questionId, values] of Object.entries(rule.when)) {
		const answer = answers[questionId];
		if (answer === undefined || !values.includes(answer)) return null;
		const question = data.config.questions.find((q) => q.id === questionId);
		const option = question?.options.find((o) => o.value === answer);
		if (!question || !option) return null;
		drivers.push({ question: question.id, questionLabel: question.short, answer, answerLabel: option.label });
	}
	return drivers;
}

function contributions(answers: PickerAnswers, data: PickerData): Contribution[] {
	const fromAnswers = answeredOptions(answers, data).map(({ question, option }) => ({
		languages: option.languages,
		text: option.reason ?? '',
		drivers: [
			{ question: question.id, questionLabel: question.short, answer: option.value, answerLabel: option.label },
		],
	}));
	const fromRules = data.config.rules.flatMap((rule) => {
		// A rule without points adds nothing to any total and gives no reason, so it is skipped.
		if (Object.keys(rule.languages).length === 0) return [];
		const drivers = ruleDrivers(rule, answers, data);
		return drivers ? [{ languages: rule.languages, text: rule.reason, drivers, rule: rule.id }] : [];
	});
	return [...fromAnswers, ...fromRules];
}

/** Every language with its points, best first; ties go to the language listed first. */
function rank(parts: Contribution[], data: PickerData) {
	return data.languages
		.map((language) => ({
			language: language.id,
			points:
				(data.config.baseline[language.id] ?? 0) + parts.reduce((sum, c) => sum + (c.languages[language.id] ?? 0), 0),
		}))
		.sort((a, b) => b.points - a.points);
}

/** The recommended language alone; `changes` calls this once per alternative answer. */
function primaryFor(answers: PickerAnswers, data: PickerData): string {
	return rank(contributions(answers, data), data)[0]!.language;
}

/** The scenario the answers describe best, counting a bonus for sharing the primary language. */
function closestScenario(answers: PickerAnswers, primary: string, data: PickerData): string | null {
	let best: { id: string; points: number } | null = null;
	for (const scenario of data.scenarios) {
		let points = scenario.language === primary ? data.config.scenarioLanguageBonus : 0;
		for (const { option } of answeredOptions(answers, data)) points += option.scenarios[scenario.id] ?? 0;
		if (points > 0 && (!best || points > best.points)) best = { id: scenario.id, points };
	}
	return best?.id ?? null;
}

/**
 * The stack for the primary language: the closest scenario's layers when that scenario is built on
 * the same language (so scenario pages and the picker agree), otherwise the language's default
 * stack; then every layer rule that holds sets its layer.
 */
function buildStack(answers: PickerAnswers, primary: string, scenarioId: string | null, data: PickerData) {
	const scenario = data.scenarios.find((s) => s.id === scenarioId);
	const base = scenario && scenario.language === primary ? scenario.stack : (data.config.stacks[primary] ?? []);
	const stack: PickerStackLayer[] = base.map(({ layer, choice }) => ({ layer, choice }));
	for (const rule of data.config.rules) {
		if (!rule.layer) continue;
		if (rule.primaryIn && !rule.primaryIn.includes(primary)) continue;
		if (rule.primaryNotIn?.includes(primary)) continue;
		const drivers = ruleDrivers(rule, answers, data);
		if (!drivers) continue;
		const layer = { ...rule.layer, reason: rule.reason, drivers };
		const at = stack.findIndex((l) => l.layer === rule.layer!.layer);
		if (at >= 0) stack[at] = layer;
		else stack.push(layer);
	}
	return stack;
}

const reasonsFor = (parts: Contribution[], language: string, keep: (c: Contribution) => boolean): PickerReason[] =>
	parts
		.filter(keep)
		.map((c) => ({
			language,
			points: c.languages[language] ?? 0,
			text: c.text,
			drivers: c.drivers,
			...(c.rule ? { rule: c.rule } : {}),
		}))
		.sort((a, b) => b.points - a.points);

/**
 * Recommends a primary language and stack for a set of answers. Each answer gives points to the
 * languages it favours (the team's own language most of all), combination rules add theirs, and the
 * highest total wins. Unanswered questions simply give no points, so a partial set of answers still
 * yields a recommendation, marked `provisional`.
 */
export function recommendStack(answers: PickerAnswers, data: PickerData): PickerRecommendation {
	const parts = contributions(answers, data);
	const ranking = rank(parts, data);
	const primary = ranking[0]!.language;
	const runnerUp = ranking[1]!.language;
	const scenario = closestScenario(answers, primary, data);
	const answered = answeredOptions(answers, data).length;
	const total = data.config.questions.length;

	const changes: PickerChange[] = [];
	for (const question of data.config.questions) {
		const from = answers[question.id] ?? null;
		const flip = question.options.find((option) => {
			// The current answer gives the current primary, so trying it would only cost time.
			if (option.value === from) return false;
			return primaryFor({ ...answers, [question.id]: option.value }, data) !== primary;
		});
		if (flip) {
			changes.push({
				question: question.id,
				questionLabel: question.short,
				from,
				to: flip.value,
				toLabel: flip.label,
				primary: primaryFor({ ...answers, [question.id]: flip.value }, data),
			});
		}
	}

	return {
		answered,
		total,
		provisional: answered < total,
		ranking,
		primary,
		runnerUp,
		stack: buildStack(answers, primary, scenario, data),
		scenario,
		reasons: reasonsFor(parts, primary, (c) => (c.languages[primary] ?? 0) > 0),
		runnerUpReasons: reasonsFor(parts, runnerUp, (c) => (c.languages[runnerUp] ?? 0) > (c.languages[primary] ?? 0)),
		changes,
	};
}
