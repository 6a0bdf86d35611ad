// English words of the persons stage: how reports name the people an incident happened to or was done by.
import type { PersonResources } from '../../mentions/persons/resources.js';

export const persons: PersonResources = {
  ageUnits: [],
  agePrefixes: ['age', 'aged'],
  ageBeforeName: ['year-old', 'year old'],
  namingPhrases: ['identified as', 'identified him as', 'identified her as', 'identified them as', 'identified the victim as', 'identified the suspect as', 'identified the man as', 'identified the woman as', 'identified the boy as', 'identified the girl as', 'identified the shooter as', 'identified the gunman as', 'named as'],
  victimPhrases: ['death of', 'shooting of', 'shooting death of', 'killing of', 'murder of', 'slaying of', 'homicide of', 'beating of', 'stabbing of'],
  titles: [
    'Officer', 'Sgt', 'Sergeant', 'Lt', 'Lieutenant', 'Capt', 'Captain', 'Cpl', 'Corporal', 'Deputy', 'Detective', 'Det', 'Trooper',
    'Agent', 'Pvt', 'Private', 'Spc', 'Specialist', 'Dr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Rev', 'Reverend', 'Pastor', 'Judge', 'Coach',
    'Victim', 'Suspect', 'Defendant', 'Inmate',
  ],
  nameSuffixes: ['Jr', 'Sr', 'II', 'III', 'IV'],
  notNameWords: [
    'Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Drive', 'Lane', 'Ln', 'Way', 'Place', 'Court', 'Ct', 'Square',
    'Park', 'Parkway', 'Highway', 'Hwy', 'Center', 'Centre', 'County', 'City', 'Township', 'Village', 'Heights', 'Hills', 'Beach',
    'Valley', 'Creek', 'Springs', 'Lake', 'River', 'Mountain', 'Island', 'Bay', 'Harbor', 'Bridge', 'Station', 'Airport', 'Mall',
    'Plaza', 'Hotel', 'Motel', 'Inn', 'Apartments', 'Homes', 'Estates', 'School', 'High', 'Elementary', 'Middle', 'Academy',
    'College', 'University', 'Hospital', 'Medical', 'Clinic', 'Church', 'Bank', 'Police', 'Department', 'Sheriff', 'Office',
    'Jail', 'Prison', 'Fire', 'Rescue', 'Memorial', 'News', 'Channel', 'Image', 'Photo', 'Video', 'Coverage', 'Related', 'Follow',
    'Watch', 'Region', 'Chronicle', 'Times', 'Post', 'Journal', 'Tribune', 'Gazette', 'Herald', 'Press', 'Associated', 'State',
    'National', 'Federal', 'Public', 'Safety', 'Services', 'Health', 'Regional', 'General', 'Trauma', 'Company', 'Inc', 'Corp',
    'Club', 'Bar', 'Grill', 'Restaurant', 'Market', 'Store', 'Shop', 'Team', 'Tigers', 'Lions', 'North', 'South', 'East', 'West',
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'A', 'An', 'In', 'On', 'At', 'By', 'Of',
    'And', 'But', 'Or', 'If', 'When', 'After', 'Before', 'He', 'She', 'His', 'Her', 'They', 'Their', 'Officers', 'Chief',
    'Mayor', 'Governor', 'President', 'Senator', 'Attorney', 'District', 'Coroner', 'Prosecutor',
  ],
};
