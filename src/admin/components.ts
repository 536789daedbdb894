// The article components as blocks of the body editor, each with a form for its props.
import {
  componentPattern,
  editorComponents,
  readComponent,
  writeComponent,
  type EditorComponent,
} from '../lib/editor/components';
import { componentPreview } from './preview-html';

type Cms = { registerEditorComponent: (definition: object) => void };

function fields(component: EditorComponent) {
  const props = component.props.map((prop) => ({
    name: prop.name,
    label: prop.label,
    widget: prop.widget,
    required: Boolean(prop.required),
    ...(prop.hint ? { hint: prop.hint } : {}),
    ...(prop.options ? { options: prop.options } : {}),
    ...(prop.widget === 'image' ? { choose_url: false } : {}),
  }));
  return component.children
    ? [
        ...props,
        {
          name: 'children',
          label: component.children.label,
          widget: 'text',
          required: Boolean(component.children.required),
        },
      ]
    : props;
}

export function registerComponents(cms: Cms) {
  for (const component of editorComponents) {
    cms.registerEditorComponent({
      id: component.name,
      label: component.label,
      fields: fields(component),
      pattern: componentPattern(component),
      fromBlock: (match: RegExpMatchArray) => readComponent(component, match),
      toBlock: (values: Record<string, unknown>) => writeComponent(component, values),
      toPreview: (
        values: Record<string, unknown>,
        getAsset?: (path: string) => { toString(): string },
      ) => componentPreview(component.name, values, getAsset),
    });
  }
}
