import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` (the built site) whose name ends with `extension`. */
export function builtFiles(dir: string, extension: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(extension))
		.map((entry) => join(entry.parentPath, entry.name));
}
