/** Astro's directive signature: `load` fetches the island's code and resolves to its hydration. */
type Load = () => Promise<() => Promise<void>>;

/** Hydrates the island once the browser is idle (src/integrations/idle-hydration.ts); Safari has no requestIdleCallback. */
export default function onIdle(load: Load) {
	(self.requestIdleCallback ?? setTimeout)(async () => (await load())());
}
