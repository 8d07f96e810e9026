import { UserImportPipelineProps } from '../user-import-pipeline-props';

/** A UserImportPipeline's props as the user wrote them. */
export interface ImportSubject {
  readonly props: UserImportPipelineProps;
}
