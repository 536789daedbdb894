// Says at build time when comments are closed for want of a setting (resolveCommentProvider): the
// person deploying learns it from the build log, not from a reader whose comment went nowhere.
import type { AstroIntegration } from 'astro';
import type { CommentProvider } from '../lib/comments/provider';
import { commentsNotConfigured, formatMessage } from '../lib/content/messages.ts';

export default function commentsNotice(provider: CommentProvider): AstroIntegration {
  return {
    name: 'afaq-comments-notice',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (provider.kind === 'none' && provider.unconfigured)
          logger.warn(formatMessage(commentsNotConfigured));
      },
    },
  };
}
