// The file name of a new article (content/articles/<name>.mdx, also its images folder and its URL):
// proposed from the title as it is typed (a short Latin transliteration, lib/arabic/transliterate.ts),
// editable, and never one that is taken. For an article that exists, the name is shown, not editable.
import { Component, createElement as h } from 'react';
import { slugFromTitle } from '../lib/arabic/transliterate';

interface ImmutableEntry {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
}

interface ControlProps {
  value?: string;
  onChange(value: string): void;
  forID: string;
  classNameWrapper: string;
  entry: ImmutableEntry;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}

export function fileNameWidget(taken: readonly string[]) {
  const takenNames = new Set(taken);
  class FileNameControl extends Component<ControlProps> {
    /** Whether the editor typed a name of their own (then the title no longer changes it). */
    private edited = false;

    private propose(title = String(this.props.entry.getIn(['data', 'title']) ?? '')) {
      const { entry, value, onChange } = this.props;
      if (!entry.get('newRecord') || this.edited) return;
      const proposal = slugFromTitle(title, takenNames);
      if (proposal !== value) onChange(proposal);
    }

    // Decap re-renders a control only when its own value changes, so the title is followed through
    // its input's events (Decap names it "title-field-<n>").
    private titleId?: string;
    private readonly onTitleInput = (event: Event) => {
      const target = event.target as HTMLInputElement | null;
      if (target && target.id === this.titleId) this.propose(target.value);
    };

    override componentDidMount() {
      // The article's title is the first title field of the form (components have titles too).
      this.titleId = document.querySelector<HTMLInputElement>('input[id^="title-field-"]')?.id;
      this.propose();
      document.addEventListener('input', this.onTitleInput);
    }

    override componentWillUnmount() {
      document.removeEventListener('input', this.onTitleInput);
    }

    override render() {
      const { entry, value, forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } =
        this.props;
      if (!entry.get('newRecord')) {
        return h(
          'p',
          { id: forID, className: classNameWrapper, dir: 'ltr' },
          `${String(entry.get('slug'))}.mdx`,
        );
      }
      return h('input', {
        id: forID,
        type: 'text',
        dir: 'ltr',
        className: classNameWrapper,
        value: value ?? '',
        pattern: '[a-z0-9]+(-[a-z0-9]+)*',
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        onChange: (event: { target: { value: string } }) => {
          this.edited = true;
          onChange(
            event.target.value
              .toLowerCase()
              .replace(/[^a-z0-9-]+/g, '-')
              .replace(/^-+/, ''),
          );
        },
      });
    }
  }
  const FileNamePreview = () => null;
  return {
    name: 'afaq-file-name',
    controlComponent: FileNameControl,
    previewComponent: FileNamePreview,
  };
}
