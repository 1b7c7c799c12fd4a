/** Error in a SOP's render inputs (logo outside the project, not an image) or a template. */
export class RenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderError';
  }
}
