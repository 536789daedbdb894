interface ImportMetaEnv {
  /** True on `astro dev` only: drafts and scheduled articles are shown for previewing. */
  readonly AFAQ_PREVIEW_UNPUBLISHED: boolean;
}
