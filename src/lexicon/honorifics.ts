// Honorifics that may precede a name and are not part of it ("Dato Lim Jock Hoi", "Bà Retno").
export const HONORIFICS: string[] = [
  'Samdech Akka Moha Sena Padei Techo', 'Dato Paduka', 'Dato’ Paduka', 'Paduka', 'Samdech Moha Bovor Thipadei', 'Samdech Thipadei', 'Samdech Techo', 'Samdech',
  'Tan Sri Dato', 'Tan Sri', "Dato' Sri", 'Dato Sri', 'Datuk Seri', "Dato'", 'Dato', 'Datuk', 'Dato Seri', 'Pehin', 'Sheikh',
  'Sir', 'Dame', 'Dr.', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Ngài', 'Quý bà', 'Ông', 'Bà', 'ông', 'bà', 'ngài', 'Đồng chí', 'đồng chí',
  'H.E.', 'Hoàng thân', 'Công chúa', 'Hoàng tử',
];
