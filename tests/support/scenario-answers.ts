/**
 * The three scenarios' situations as stack-picker answers, written out here (not read from the
 * picker's `examples` in the data) so that a data edit cannot quietly change what the tests hold
 * the picker to. Shared by the engine's unit tests and the picker's browser tests.
 */
export const SCENARIO_ANSWERS = {
	'ai-mvp': {
		workload: 'io-api',
		team: 'none',
		ai: 'core',
		realtime: 'none',
		scaling: 'delivery',
		hiring: 'fast-broad',
		size: 'solo',
		context: 'startup',
		platform: 'none',
	},
	'fintech-api': {
		workload: 'io-api',
		team: 'none',
		ai: 'none',
		realtime: 'none',
		scaling: 'latency',
		hiring: 'specialists',
		size: 'small',
		context: 'regulated',
		platform: 'none',
	},
	'enterprise-data-platform': {
		workload: 'data-ml',
		team: 'none',
		ai: 'hosted',
		realtime: 'none',
		scaling: 'io-bound',
		hiring: 'enterprise-market',
		size: 'large',
		context: 'enterprise',
		platform: 'jvm',
	},
} as const satisfies Record<string, Record<string, string>>;
