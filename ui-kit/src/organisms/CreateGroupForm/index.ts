export { CreateGroupForm, type CreateGroupFormProps, type CreateGroupInput } from './CreateGroupForm';
