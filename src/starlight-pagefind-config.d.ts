/**
 * Starlight's own search component reads the Pagefind options of the site's Starlight config from
 * this virtual module; our override of that component (`src/components/overrides/Search.astro`)
 * reads it too, so the dialog ranks results exactly as Starlight's would. Starlight does not publish
 * its type, so it is declared here, with only the fields we use.
 */
declare module 'virtual:starlight/pagefind-config' {
	/** The `pagefind` option of Starlight's config, with Starlight's defaults filled in. */
	export const pagefindUserConfig: {
		/** Pagefind's ranking weights (Starlight sets its own defaults). */
		ranking?: Record<string, unknown>;
	};
}
