/**
 * The part of the edition record the checker shows, in the page's language only. The page
 * builds it (src/components/tools/checker-props.ts) and hands it to the island as a prop: it
 * travels in the HTML, not in the script.
 */
import type { CertificateRules, CertificateThresholds } from '@/rules/certificates.ts';
import type { IsoDate } from '@/rules/edition.ts';

export interface CheckerEdition extends CertificateRules {
	/** Names the selection kept on the reader's device, one per edition. */
	readonly year: number;
	/** Where the edition stands on the reader's day is said after hydration, from these. */
	readonly startDate: IsoDate;
	readonly endDate: IsoDate;
	readonly diploma: string;
	readonly forums: readonly { readonly id: string; readonly title: string }[];
	readonly areas: readonly { readonly id: string; readonly title: string }[];
	readonly electives: readonly { readonly id: string; readonly area: string; readonly title: string; readonly key: boolean }[];
	readonly certificates: readonly (CertificateThresholds & { readonly name: string })[];
}
