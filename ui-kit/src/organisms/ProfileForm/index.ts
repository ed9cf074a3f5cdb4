export { DISPLAY_NAME_MAX, ProfileForm, STATUS_TEXT_MAX, validateProfile, type ProfileFormProps, type ProfileValues } from './ProfileForm';
export { cropSquare, cropToBlob, type CropSquare } from './crop';
