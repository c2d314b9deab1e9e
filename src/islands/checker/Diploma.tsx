/** Whether the certificate reached (now or with the plan) qualifies for the Diploma. */
import type { Text } from './text.ts';

export function Diploma({ eligible, text }: { eligible: boolean; text: Text }) {
	return (
		<p className="checker__diploma" data-diploma-eligible={eligible}>
			{text.t(eligible ? 'diploma.yes' : 'diploma.no')}
		</p>
	);
}
