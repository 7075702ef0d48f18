/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import { AlertMarkdown } from '../../src/simulator/components/AlertMarkdown';

describe('AlertMarkdown (the Smart Alerts subset)', () => {
  it('renders bold text, a link and a bulleted list ended by \\r', () => {
    render(
      <AlertMarkdown
        markdown={'**Stopped**: see [the policy](https://x.example/p).\n\n- 1 personnummer\r- 2 names\r'}
      />,
    );
    expect(screen.getByText('Stopped').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: 'the policy' })).toHaveAttribute('href', 'https://x.example/p');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1 personnummer',
      '2 names',
    ]);
  });

  it('never renders HTML from the message', () => {
    const { container } = render(
      <AlertMarkdown markdown={'<img src=x onerror=alert(1)> and [js](javascript:alert(1))'} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('numbers an ordered list', () => {
    render(<AlertMarkdown markdown={'1. Remove the number\r2. Send again\r'} />);
    expect(screen.getByRole('list').tagName).toBe('OL');
  });
});
