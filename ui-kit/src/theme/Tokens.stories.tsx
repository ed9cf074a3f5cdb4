import type { Meta, StoryObj } from '@storybook/react-vite';
import { useTheme } from 'styled-components';

function Tokens() {
  const theme = useTheme();
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 12 }}>
      {Object.entries<string>({ ...theme.colors }).map(([name, value]) => (
        <figure key={name} style={{ margin: 0 }}>
          <div style={{ height: 40, borderRadius: 8, background: value, border: `1px solid ${theme.colors.border}` }} />
          <figcaption style={{ fontSize: 12 }}>
            <strong>{name}</strong> <code>{value}</code>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}

const meta = {
  title: 'Theme/Colour tokens',
  component: Tokens,
  parameters: { docs: { description: { component: 'The colour roles of the current theme (switch light/dark in the toolbar).' } } },
} satisfies Meta<typeof Tokens>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Light: Story = {};
export const Dark: Story = { globals: { theme: 'dark' } };
