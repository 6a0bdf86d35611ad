// placeholder: the gazetteer's owner replaces this script
console.log('gazetteer: nothing to build yet');
