import { useEffect, useMemo, useState } from 'preact/hooks';
import { createAddressUpdater } from '../../../common/address/address-updater';
import { copyText } from '../../../common/browser';
import {
	type BriefSelection,
	buildRoleBrief,
	defaultScenarioFor,
	NO_SCENARIO,
	type RoleBriefData,
	readBriefSelection,
	roleBriefMarkdown,
	STACK_BLANK,
	scenarioContextLine,
	writeBriefSelection,
} from '../model';

/** Guards the brief's address writes; each choice is written at once. */
// The hash is read when the address is written, so a held-back write keeps an in-page link followed meanwhile.
const address = createAddressUpdater((url) => window.history.replaceState(null, '', `${url}${window.location.hash}`));

/** One section of the brief that lists skills under its heading (must have, nice to have). */
function SkillList({ id, title, skills }: { id: string; title: string; skills: readonly string[] }) {
	return (
		<section aria-labelledby={id}>
			<h3 id={id}>{title}</h3>
			<ul>
				{skills.map((skill) => (
					<li key={skill}>{skill}</li>
				))}
			</ul>
		</section>
	);
}

/**
 * The role brief: pick a language (and, if wanted, a scenario) and read, copy or print a job brief
 * built from the hiring checklist and the language and scenario data. The first render uses the
 * default language so the page reads without JavaScript; the address is applied after hydration.
 */
export default function RoleBrief(data: RoleBriefData) {
	const [selection, setSelection] = useState<BriefSelection>(() => readBriefSelection('', data).selection);
	const [notices, setNotices] = useState<string[]>([]);
	const [copyStatus, setCopyStatus] = useState('');
	/** False until the island runs in the browser and has read the address. */
	const [ready, setReady] = useState(false);

	useEffect(() => {
		const read = readBriefSelection(window.location.search, data);
		setSelection(read.selection);
		setNotices(read.notices);
		setReady(true);
	}, [data]);

	const brief = useMemo(() => buildRoleBrief(data, selection), [data, selection]);
	const markdown = useMemo(() => roleBriefMarkdown(brief), [brief]);

	function choose(next: BriefSelection) {
		setSelection(next);
		setNotices([]);
		setCopyStatus('');
		// replaceState keeps one history entry per visit while making the address shareable; the
		// updater writes at once but guards the call (Safari throws past its limit).
		address.update(writeBriefSelection(next, data));
		address.flush();
	}

	function chooseLanguage(languageId: string) {
		const language = data.languages.find((l) => l.id === languageId);
		if (!language) return;
		choose({ languageId, scenarioId: defaultScenarioFor(language, data.scenarios) });
	}

	async function copyMarkdown() {
		setCopyStatus(
			(await copyText(markdown))
				? 'Copied the brief as Markdown.'
				: 'Your browser blocked copying. Open "Show the Markdown" below and copy it from there.',
		);
	}

	return (
		<div class="role-brief" data-ready={ready ? '' : undefined}>
			<div class="brief-controls print:hidden">
				<div class="brief-pickers">
					<label>
						<span>Language</span>
						<select value={selection.languageId} onChange={(e) => chooseLanguage(e.currentTarget.value)}>
							{data.languages.map((l) => (
								<option key={l.id} value={l.id}>
									{l.name}
								</option>
							))}
						</select>
					</label>
					<label>
						<span>Scenario for context</span>
						<select
							value={selection.scenarioId ?? NO_SCENARIO}
							onChange={(e) => {
								const value = e.currentTarget.value;
								choose({ ...selection, scenarioId: value === NO_SCENARIO ? null : value });
							}}
						>
							{data.scenarios.map((s) => (
								<option key={s.id} value={s.id}>
									{s.title}
								</option>
							))}
							<option value={NO_SCENARIO}>No scenario</option>
						</select>
					</label>
				</div>
				<div class="brief-actions">
					<button type="button" onClick={copyMarkdown}>
						Copy as Markdown
					</button>
					<button type="button" onClick={() => window.print()}>
						Print
					</button>
				</div>
				<div role="status" class="brief-status">
					{notices.map((n) => (
						<p key={n} class="brief-notice">
							{n}
						</p>
					))}
					{copyStatus && <p>{copyStatus}</p>}
				</div>
			</div>

			<article class="brief" aria-labelledby="role-brief-title">
				<h2 id="role-brief-title">{brief.title}</h2>
				{brief.context && (
					<section aria-labelledby="brief-context">
						<h3 id="brief-context">Context</h3>
						<p class="brief-scenario">{scenarioContextLine(brief.context.scenarioTitle, brief.context.adaptedFrom)}</p>
						<p>{brief.context.situation}</p>
						<p>
							<strong>Who we are looking for first:</strong> {brief.context.hireFirst}
						</p>
					</section>
				)}
				<section aria-labelledby="brief-role">
					<h3 id="brief-role">The role</h3>
					<ul>
						{brief.roleDefinition.map((part) => (
							<li key={part.label}>
								<strong>{part.label}:</strong> <span class="blank">{part.blank}</span>
							</li>
						))}
					</ul>
				</section>
				<section aria-labelledby="brief-stack">
					<h3 id="brief-stack">Our stack</h3>
					<p class="blank">{STACK_BLANK}</p>
					<ul>
						{brief.stack.map((f) => (
							<li key={f.name}>
								{f.name} ({f.kind})
							</li>
						))}
					</ul>
				</section>
				<SkillList id="brief-must" title="Must have" skills={brief.mustHave} />
				<SkillList id="brief-nice" title="Nice to have" skills={brief.niceToHave} />
				<section aria-labelledby="brief-interview">
					<h3 id="brief-interview">How we interview</h3>
					<ol>
						{brief.interview.map((q) => (
							<li key={q.stage}>
								<strong>{q.stage}:</strong> {q.question}
							</li>
						))}
					</ol>
				</section>
			</article>

			<details class="brief-markdown print:hidden">
				<summary>Show the Markdown</summary>
				<label>
					<span class="sr-only">The brief as Markdown</span>
					<textarea readOnly rows={16} value={markdown} />
				</label>
			</details>
		</div>
	);
}
