import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

/**
 * What a reader types, and the page that must be among the first three results. Languages and
 * their main frameworks lead to the profile; scenarios to their page; concepts to the glossary.
 */
const QUERIES: [string, string][] = [
	['python', '/languages/python/'],
	['fastapi', '/languages/python/'],
	['django', '/languages/python/'],
	['node.js', '/languages/node-typescript/'],
	['typescript', '/languages/node-typescript/'],
	['nestjs', '/languages/node-typescript/'],
	['fastify', '/languages/node-typescript/'],
	['go', '/languages/go/'],
	['golang', '/languages/go/'],
	['gin', '/languages/go/'],
	['java', '/languages/java-kotlin/'],
	['kotlin', '/languages/java-kotlin/'],
	['spring boot', '/languages/java-kotlin/'],
	['quarkus', '/languages/java-kotlin/'],
	['c#', '/languages/csharp-dotnet/'],
	['.net', '/languages/csharp-dotnet/'],
	['asp.net core', '/languages/csharp-dotnet/'],
	['rust', '/languages/rust/'],
	['php', '/languages/php/'],
	['laravel', '/languages/php/'],
	['ruby', '/languages/ruby/'],
	['rails', '/languages/ruby/'],
	['bun', '/languages/runtimes/'],
	['deno', '/languages/runtimes/'],
	['elixir', '/languages/niche/'],
	['haskell', '/languages/niche/'],
	['fintech', '/scenarios/fintech-api/'],
	['ai mvp', '/scenarios/ai-mvp/'],
	['enterprise data platform', '/scenarios/enterprise-data-platform/'],
	['goroutines', '/languages/go/'],
	['gil', '/reference/glossary/'],
	['event loop', '/reference/glossary/'],
	['virtual threads', '/reference/glossary/'],
	['pgvector', '/reference/glossary/'],
	['grpc', '/reference/glossary/'],
	['rag', '/reference/glossary/'],
	['cold start', '/reference/glossary/'],
	['modular monolith', '/decide/architecture/'],
	['polyglot', '/decide/architecture/'],
	['interview kit', '/team/hiring-checklist/'],
	['skill matrix', '/team/hiring-checklist/'],
	['onboarding', '/team/onboarding-plan/'],
	['job brief', '/team/role-brief/'],
	['scorecard', '/tools/scorecard/'],
	['stack picker', '/tools/stack-picker/'],
	['agentic workflows', '/reference/trends/'],
	// Issue 11: the depth added to the scenarios and profiles must be findable on the page that
	// discusses it most, not only in the glossary.
	['pgvector', '/scenarios/ai-mvp/'],
	['gil', '/languages/python/'],
	['free-threaded', '/languages/python/'],
	['type stripping', '/languages/runtimes/'],
	['hnsw', '/scenarios/ai-mvp/'],
	['ivfflat', '/scenarios/ai-mvp/'],
	['iterative index scans', '/scenarios/ai-mvp/'],
	['structured output', '/scenarios/ai-mvp/'],
	['provider fallback', '/scenarios/ai-mvp/'],
	['evaluations in ci', '/scenarios/ai-mvp/'],
	['idempotency key', '/scenarios/fintech-api/'],
	['double entry', '/scenarios/fintech-api/'],
	['transactional outbox', '/scenarios/fintech-api/'],
	['isolation level', '/scenarios/fintech-api/'],
	['reconciliation', '/scenarios/fintech-api/'],
	['pci dss', '/scenarios/fintech-api/'],
	['airflow', '/scenarios/enterprise-data-platform/'],
	['dagster', '/scenarios/enterprise-data-platform/'],
	['prefect', '/scenarios/enterprise-data-platform/'],
	['temporal', '/scenarios/enterprise-data-platform/'],
	['durable execution', '/scenarios/enterprise-data-platform/'],
	['langgraph', '/reference/trends/'],
];

beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage();
	await page.goto(`${baseUrl}/`);
});
afterAll(async () => {
	await browser?.close();
});

/** The paths of the first three results, from the same Pagefind index and ranking the search box uses. */
async function topThree(query: string): Promise<string[]> {
	// A string, so that Vite does not rewrite the dynamic import meant for the browser.
	const script = `(async (q) => {
		const pagefind = await import(location.origin + '/pagefind/pagefind.js');
		const search = await pagefind.search(q);
		const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
		return data.map((d) => new URL(d.url, location.origin).pathname);
	})(${JSON.stringify(query)})`;
	return page.evaluate(script);
}

describe('search finds the right page in the top three', () => {
	test.each(QUERIES)('"%s" → %s', async (query, expected) => {
		expect(await topThree(query)).toContain(expected);
	});
});
