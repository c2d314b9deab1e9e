/** The tools' state hook: a change is never dropped, even one made before the hook has read the state. */
import { afterEach, describe, expect, it } from 'vitest';
import { useLayoutEffect } from 'react';
import { cleanup, render } from '@testing-library/react';
import { useToolState } from '@/islands/shared/useToolState.ts';
import { edition2020 } from '@/rules/index.ts';

afterEach(() => {
	cleanup();
	history.replaceState(null, '', '/');
	localStorage.clear();
});

/** Ticks `item` as soon as it is laid out: before its parent's own layout effect, where the hook reads the state. */
function EarlyTap({ onTap }: { onTap: () => void }) {
	useLayoutEffect(onTap, []);
	return null;
}

function Tool({ tap }: { tap?: string }) {
	const tool = useToolState<string[]>({
		read: ({ params }) => params.getAll('item'),
		toQuery: (items) => ({ item: items.join(',') }),
		store: { key: 'tool-test', value: (items) => items.join(',') },
		edition: edition2020,
	});
	return (
		<div ref={tool.root} data-ready={tool.state !== null || undefined} data-status={tool.status ?? ''}>
			{tool.state?.join(',')}
			{tap && <EarlyTap onTap={() => tool.update((items) => [...items, tap])} />}
		</div>
	);
}

describe('useToolState', () => {
	it('applies a change made before the state is read to the state read at that moment', () => {
		history.replaceState(null, '', '/?item=from-link');
		const { container } = render(<Tool tap="early" />);
		expect(container.textContent).toBe('from-link,early');
		expect(location.search).toBe('?item=from-link,early');
		expect(localStorage.getItem('tool-test')).toBe('from-link,early');
	});

	it('reads the link once hydrated, and says where the edition stands on the reader’s day', () => {
		history.replaceState(null, '', '/?item=a');
		const { container } = render(<Tool />);
		const root = container.firstElementChild!;
		expect(root.getAttribute('data-ready')).toBe('true');
		expect(root.textContent).toBe('a');
		// Whatever the machine's date: one of the three.
		expect(['upcoming', 'running', 'ended']).toContain(root.getAttribute('data-status'));
	});
});
