/** How a service's emails look: colour, banner text and logo. */
export interface EmailBranding {
  readonly colour: string | null;
  readonly bannerText: string | null;
  readonly logo: { readonly id: string; readonly mimeType: string } | null;
}

export interface EmailBrandingChanges {
  readonly colour: string | null;
  readonly bannerText: string | null;
  /** A new logo; `undefined` keeps the current one, `null` removes it. */
  readonly logo?: { readonly mimeType: string; readonly content: Buffer } | null;
}

export interface BrandingLogo {
  readonly mimeType: string;
  readonly content: Buffer;
}
