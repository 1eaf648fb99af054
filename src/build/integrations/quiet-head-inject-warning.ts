import type { Plugin } from 'vite';

/** The one bundler warning the build drops (withastro/astro#18087). */
const isHeadInjectWarning = (level: string, log: { code?: string; message: string }) =>
	level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');

/**
 * Astro 7 marks MDX modules with a "use astro:head-inject" directive that the bundler then warns
 * about, once per page (withastro/astro#18087; harmless, since Astro reads the directive before
 * bundling). A newcomer reads 39 such warnings as a failure, so this Vite plugin drops exactly that
 * warning and lets every other through, the same code about any other directive included. It is a
 * plugin `onLog` hook because Astro builds its prerender environment without the config's `onwarn`.
 * Remove it once the upstream issue is fixed.
 */
export function quietHeadInjectWarning(): Plugin {
	return {
		name: 'playbook:quiet-head-inject-warning',
		// `false` drops the log; any other value hands it on to the next handler.
		onLog: (level, log) => !isHeadInjectWarning(level, log),
	};
}
