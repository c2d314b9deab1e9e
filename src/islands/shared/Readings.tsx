/** The readings of the course page an answer relies on (README: the contract the tools keep), in one short disclosure. */
export function Readings({ label, readings }: { label: string; readings: readonly (string | false | null | undefined)[] }) {
	const shown = readings.filter((reading): reading is string => Boolean(reading));
	if (shown.length === 0) return null;
	return (
		<details className="tool-readings">
			<summary>{label}</summary>
			<ul>
				{shown.map((reading) => (
					<li key={reading}>{reading}</li>
				))}
			</ul>
		</details>
	);
}
