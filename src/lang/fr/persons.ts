// Mots français de l'étape persons : comment un article nomme les personnes à qui l'incident est arrivé.
import type { PersonResources } from '../../mentions/persons/resources.js';

export const persons: PersonResources = {
  ageUnits: ['ans'],
  agePrefixes: ['âgé de', 'âgée de', 'âgés de'],
  ageBeforeName: [],
  namingPhrases: ['identifié comme', 'identifiée comme', 'identifié comme étant', 'identifiée comme étant', 'prénommé', 'prénommée', 'nommé', 'nommée'],
  victimPhrases: ['la mort de', 'le meurtre de', "l'assassinat de", 'le décès de', "l'homicide de"],
  titles: ['M', 'Mme', 'Mlle', 'Me', 'Dr', 'Docteur', 'Maître', 'Monsieur', 'Madame', 'Mademoiselle', 'Père', 'Abbé', 'Sergent', 'Capitaine', 'Lieutenant', 'Commandant', 'Adjudant', 'Brigadier', 'Caporal'],
  nameSuffixes: ['fils', 'père', 'Jr', 'II', 'III'],
  notNameWords: [
    'Rue', 'Avenue', 'Boulevard', 'Place', 'Route', 'Chemin', 'Impasse', 'Allée', 'Quai', 'Cours', 'Parc', 'Pont', 'Gare',
    'Aéroport', 'Hôpital', 'Clinique', 'Lycée', 'Collège', 'École', 'Université', 'Église', 'Mairie', 'Préfecture', 'Tribunal',
    'Police', 'Gendarmerie', 'Ministère', 'Conseil', 'Centre', 'Hôtel', 'Banque', 'Quartier', 'Cité', 'Résidence', 'Saint', 'Sainte',
    'Nord', 'Sud', 'Est', 'Ouest', 'Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Septembre', 'Octobre',
    'Novembre', 'Décembre', 'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche', 'Le', 'La', 'Les', 'Un', 'Une',
    'Des', 'Du', 'De', 'En', 'Au', 'Aux', 'Et', 'Mais', 'Il', 'Elle', 'Ils', 'Elles', 'Selon', 'Après', 'Avant', 'Quand',
  ],
};
