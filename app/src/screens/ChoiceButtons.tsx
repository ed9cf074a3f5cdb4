import { Button } from "@chat-app/ui-kit";
import styled from "styled-components";

const Fieldset = styled.fieldset`
  display: flex;
  flex-wrap: wrap;
  justify-content: center;
  gap: 8px;
  margin: 0;
  border: 0;
  padding: 0;
  legend {
    padding: 0 0 4px;
  }
`;

export interface ChoiceButtonsProps<T extends string> {
  legend: string;
  options: readonly T[];
  chosen: T;
  onChoose: (option: T) => void;
  labelOf: (option: T) => string;
  /** The language an option's label is written in (a language named in itself). */
  langOf?: (option: T) => string | undefined;
  className?: string;
}

/** One of a few settings as a row of toggle buttons under a legend (the chosen one pressed). */
export function ChoiceButtons<T extends string>({ legend, options, chosen, onChoose, labelOf, langOf, className }: ChoiceButtonsProps<T>) {
  return (
    <Fieldset className={className}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <Button
          key={option}
          lang={langOf?.(option)}
          variant={option === chosen ? "primary" : "secondary"}
          size="sm"
          aria-pressed={option === chosen}
          onClick={() => onChoose(option)}
        >
          {labelOf(option)}
        </Button>
      ))}
    </Fieldset>
  );
}
