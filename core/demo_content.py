"""Demo content for the +DIG portal, as plain data.

The facts (names, titles, numbers, dates and places) come from the seed documents about +DIG in
Lejre Kommune; every sentence is our own. `manage.py load_demo` reads these lists and creates the
rows that are missing. Nothing here touches the database.

Conventions:
- Translated fields come in pairs with the suffixes `_da` and `_en`.
- Fixed times are local Copenhagen time written as "YYYY-MM-DD HH:MM".
- Upcoming events have no fixed date: `weeks_ahead` and `weekday` (Monday = 0) place them relative
  to the day the demo is first loaded, so the calendar is never empty.
- Relations point to other demo rows by their natural key (slug for tracks and initiatives, name
  for partners).
"""

SECRETARIAT_EMAIL = "sjgo@lejre.dk"
SECRETARIAT_PHONE = "61 19 58 31"
SECRETARIAT_NAME = "Sine Jung Gormsen"

# --- Partners -------------------------------------------------------------------------------

PARTNERS = [
    {
        "name": "Lejre Kommune",
        "url": "https://www.lejre.dk",
        "is_founding_partner": True,
        "order": 10,
        "description_da": (
            "Kommunen er vært for +DIG og huser sekretariatet. Dagtilbud, skoler, SFO'er, "
            "sundhedsplejen og bibliotekerne er med i arbejdet."
        ),
        "description_en": (
            "The municipality hosts +DIG and the secretariat. Its daycare, schools, after-school "
            "care, health visitors and libraries all take part in the work."
        ),
    },
    {
        "name": "Socialt Udviklingscenter SUS",
        "url": "https://www.sus.dk",
        "is_founding_partner": True,
        "order": 20,
        "description_da": (
            "Videnscenter for socialt arbejde, som bidrager med erfaring i collective impact og "
            "støtter partnerskabet fagligt."
        ),
        "description_en": (
            "A knowledge centre for social work that brings experience with collective impact "
            "and gives the partnership professional support."
        ),
    },
    {
        "name": "Helsefonden",
        "url": "https://www.helsefonden.dk",
        "is_founding_partner": True,
        "order": 30,
        "description_da": (
            "Fonden finansierer +DIG som en del af programmet Bryd den negative sociale arv, "
            "der afprøver collective impact i Lejre og Helsingør."
        ),
        "description_en": (
            "The foundation funds +DIG as part of the programme Bryd den negative sociale arv "
            "(Breaking negative social inheritance), which tests collective impact in Lejre and "
            "Helsingør."
        ),
    },
    {
        "name": "VIVE",
        "url": "https://www.vive.dk",
        "is_founding_partner": False,
        "order": 40,
        "description_da": (
            "VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd. Forskere herfra "
            "følger initiativerne for at undersøge, om de virker og kan bidrage til at bryde "
            "negativ social arv."
        ),
        "description_en": (
            "VIVE, the Danish Centre for Social Science Research. Its researchers follow the "
            "initiatives to find out whether they work and help break patterns of negative "
            "social inheritance."
        ),
    },
    {
        "name": "Lejre Bibliotek & Arkiv",
        "url": "https://www.lejrebib.dk",
        "is_founding_partner": False,
        "order": 50,
        "description_da": (
            "Bibliotekerne uddanner de Frivillige Læseheste og lægger boghjørner til højtlæsning "
            "og læsebarometer-dage."
        ),
        "description_en": (
            "The libraries train the volunteer readers (Frivillige Læseheste) and host "
            "read-aloud sessions and reading barometer days in their book corners."
        ),
    },
]

# --- The alliance group and the secretariat ---------------------------------------------------

_LEJRE = "Lejre Kommune"
_CBL = "Center for Børn & Læring, Lejre Kommune"

ALLIANCE_MEMBERS = [
    # The chair and vice-chair first, then the members alphabetically.
    {
        "name": "Burak Ulrik Ulucan",
        "title_da": "Medlem af Udvalget for Kultur & Fritid",
        "title_en": "Member of the Culture & Leisure Committee",
        "organisation": _LEJRE,
        "role": "chair",
    },
    {
        "name": "Peter Roland Christensen",
        "title_da": "Formand",
        "title_en": "Chair",
        "organisation": "Rollespilsforeningen Rollo",
        "role": "vice_chair",
    },
    {
        "name": "Anna Helene Mollerup",
        "title_da": "Chefkonsulent",
        "title_en": "Chief consultant",
        "organisation": "Socialt Udviklingscenter SUS",
    },
    {
        "name": "Bitten Persson",
        "title_da": "Fællestillidsrepræsentant for pædagogerne",
        "title_en": "Joint union representative for the pedagogues",
        "organisation": _LEJRE,
    },
    {
        "name": "Carsten Rasmussen",
        "title_da": "Borgmester",
        "title_en": "Mayor",
        "organisation": _LEJRE,
    },
    {
        "name": "Christian Fjeldsted Andersen",
        "title_da": "Medlem af Udvalget for Kultur & Fritid",
        "title_en": "Member of the Culture & Leisure Committee",
        "organisation": _LEJRE,
    },
    {
        "name": "Elsebeth Kirk Muff",
        "title_da": "Projektdirektør (tidligere vicedirektør i SUS)",
        "title_en": "Project director (formerly deputy director at SUS)",
        "organisation": _LEJRE,
    },
    {
        "name": "Frank Spring",
        "title_da": "Leder",
        "title_en": "Manager",
        "organisation": _CBL,
    },
    {
        "name": "Hanne Jervild",
        "title_da": "Direktør",
        "title_en": "Director",
        "organisation": "Helsefonden",
    },
    {
        "name": "Helle Dydensborg",
        "title_da": "Centerchef",
        "title_en": "Head of centre",
        "organisation": _CBL,
    },
    {
        "name": "Henrik Harboe",
        "title_da": "Elev på handelsskole",
        "title_en": "Business college student",
        "organisation": "",
    },
    {
        "name": "Ida Persson",
        "title_da": "Gymnasieelev",
        "title_en": "Upper secondary school student",
        "organisation": "",
    },
    {
        "name": "Inger Marie Vynne",
        "title_da": "Kommunaldirektør",
        "title_en": "Chief executive",
        "organisation": _LEJRE,
    },
    {
        "name": "Kari Haugan Engberg",
        "title_da": "Projektmedarbejder",
        "title_en": "Project officer",
        "organisation": "+DIG-sekretariatet og Lejre Bibliotek & Arkiv",
    },
    {
        "name": "Lotte Greve",
        "title_da": "Medlem af Udvalget for Børn & Ungdom",
        "title_en": "Member of the Children & Youth Committee",
        "organisation": _LEJRE,
    },
    {
        "name": "Lunde Ljungberg",
        "title_da": "Chef for Lejre Bibliotek & Arkiv",
        "title_en": "Head of Lejre Library & Archive",
        "organisation": "Lejre Bibliotek & Arkiv",
    },
    {
        "name": "Marianne Lønnee",
        "title_da": "Konsulent",
        "title_en": "Consultant",
        "organisation": _CBL,
    },
    {
        "name": "Mette Truesen",
        "title_da": "Leder",
        "title_en": "Manager",
        "organisation": "Headspace Roskilde",
    },
    {
        "name": "Pernille Dyrvig",
        "title_da": "Pædagogisk leder",
        "title_en": "Head of pedagogy",
        "organisation": "Lærkereden",
    },
    {
        "name": "Peter Walsøe",
        "title_da": "Repræsentant for Gadespejlene",
        "title_en": "Representative of Gadespejlene",
        "organisation": "Gadespejlene",
    },
    {
        "name": "Sine Jung Gormsen",
        "title_da": "Projektleder",
        "title_en": "Project leader",
        "organisation": "+DIG-sekretariatet",
    },
    {
        "name": "Søren Dahl-Pedersen",
        "title_da": "Formand for skolebestyrelsen",
        "title_en": "Chair of the school board",
        "organisation": "Kirke Såby Skole",
    },
    {
        "name": "Thomas Bisgaard",
        "title_da": "Formand for Udvalget for Børn & Ungdom",
        "title_en": "Chair of the Children & Youth Committee",
        "organisation": _LEJRE,
    },
    {
        "name": "Trine Nissen",
        "title_da": "Viceskoleleder",
        "title_en": "Deputy head teacher",
        "organisation": "Kirke Hyllinge Skole",
    },
    {
        "name": "Ulla Bang",
        "title_da": "Områdeleder for Rollingen og Hyllinge",
        "title_en": "Area manager for Rollingen and Hyllinge",
        "organisation": _LEJRE,
    },
    # Former members.
    {
        "name": "Charlotte Brink Jensen",
        "title_da": "Tidligere SFO-leder",
        "title_en": "Former head of after-school care",
        "organisation": "Osted Skole",
        "is_current": False,
    },
    {
        "name": "Jan Dehn",
        "title_da": "Direktør for Børn, Unge og Familie",
        "title_en": "Director of Children, Youth and Family",
        "organisation": _LEJRE,
        "is_current": False,
    },
    {
        "name": "Lasse Møller Hansen",
        "title_da": "Koordinator",
        "title_en": "Coordinator",
        "organisation": "Ungdommens Røde Kors",
        "is_current": False,
    },
    {
        "name": "Marianne Løjesberg",
        "title_da": "Tidligere dagplejeleder",
        "title_en": "Former head of childminding",
        "organisation": _CBL,
        "is_current": False,
    },
    {
        "name": "Nanna Rasmussen",
        "title_da": "Borger",
        "title_en": "Local resident",
        "organisation": "",
        "is_current": False,
    },
    {
        "name": "Pernille Tolderlund",
        "title_da": "Sundhedsplejerske",
        "title_en": "Health visitor",
        "organisation": _LEJRE,
        "is_current": False,
    },
]

SECRETARIAT = [
    {
        "name": SECRETARIAT_NAME,
        "title_da": "Projektleder, +DIG-sekretariatet",
        "title_en": "Project leader, +DIG secretariat",
        "email": SECRETARIAT_EMAIL,
        "phone": SECRETARIAT_PHONE,
        "order": 10,
    },
]

# --- Tracks with goals, imprints and yearly status ------------------------------------------

TRACKS = [
    {
        "slug": "relationer-i-den-tidlige-barndom",
        "order": 10,
        "is_cross_cutting": False,
        "publish_from": "2016-12-01 09:00",
        "title_da": "Relationer i den tidlige barndom",
        "title_en": "Relationships in early childhood",
        "short_description_da": (
            "Jo tidligere, jo bedre: Sporet styrker sprog, læselyst og trygge relationer for de "
            "mindste børn og deres familier."
        ),
        "short_description_en": (
            "The earlier, the better: this track strengthens language, a love of books and "
            "secure relationships for the youngest children and their families."
        ),
        "purpose_da": (
            "<p>Meget af det, der afgør, hvordan et barn klarer sig senere, grundlægges i de "
            "første leveår. Derfor sætter +DIG ind tidligt – før mistrivsel når at slå rod.</p>"
        ),
        "purpose_en": (
            "<p>Much of what decides how a child fares later in life is laid down in the first "
            "years. That is why +DIG acts early, before poor well-being takes hold.</p>"
        ),
        "description_da": (
            "<p>Forskningen peger samstemmende på, at en tidlig indsats med blik for læring giver "
            "børn det bedste afsæt. For +DIG handler det både om faglige færdigheder og om "
            "livsduelighed: evnen til at klare hverdagen og skabe sig et godt liv.</p>"
            "<p>Den evne vokser ud af de relationer, barnet møder – forældre, dagplejere, "
            "pædagoger, sundhedsplejersker og frivillige. Sporet samler derfor aktører fra flere "
            "sektorer om konkrete tiltag, først og fremmest <strong>Lejre Læser</strong>, hvor "
            "sprog og højtlæsning står i centrum.</p>"
        ),
        "description_en": (
            "<p>Research agrees that early action with an eye to learning gives children the "
            "best start. For +DIG this means both academic skills and life skills: the ability "
            "to cope with everyday life and build a good life.</p>"
            "<p>That ability grows out of the relationships a child meets – parents, "
            "childminders, pedagogues, health visitors and volunteers. The track therefore "
            "brings people from several sectors together around concrete work, above all "
            "<strong>Lejre Læser</strong> (Lejre Reads), which centres on language and reading "
            "aloud.</p>"
        ),
        "goals": [
            {
                "title_da": (
                    "Flere småbørn får sprogstimulering hver dag og oplever bøger og højtlæsning "
                    "som en fast del af hverdagen"
                ),
                "title_en": (
                    "More young children get language stimulation every day and experience books "
                    "and reading aloud as a regular part of daily life"
                ),
                "imprints": [
                    {
                        "text_da": "Alle daginstitutioner i kommunen bruger læsebarometeret",
                        "text_en": "Every daycare centre in the municipality uses the reading "
                        "barometer",
                        "statuses": [
                            {
                                "year": 2025,
                                "level": "achieved",
                                "note_da": "Alle daginstitutioner har nu barometeret i brug.",
                                "note_en": "All daycare centres have taken the barometer into use.",
                            },
                        ],
                    },
                    {
                        "text_da": (
                            "Frivillige Læseheste læser op på faste tider i bibliotekernes "
                            "boghjørner"
                        ),
                        "text_en": (
                            "Volunteer readers read aloud at regular times in the libraries' "
                            "book corners"
                        ),
                        "statuses": [
                            {
                                "year": 2025,
                                "level": "in_progress",
                                "note_da": "Korpset vokser, og flere faste læsetider er på vej.",
                                "note_en": "The group is growing and more regular sessions "
                                "are planned.",
                            },
                        ],
                    },
                ],
            },
            {
                "title_da": (
                    "Forældre og andre nære voksne føler sig rustet til at styrke barnets sprog"
                ),
                "title_en": (
                    "Parents and other close adults feel equipped to strengthen the child's "
                    "language"
                ),
                "imprints": [
                    {
                        "text_da": (
                            "Alle nye mødregrupper får tilbud om besøg af en Læsehest i "
                            "samarbejde med sundhedsplejen"
                        ),
                        "text_en": (
                            "Every new mothers' group is offered a visit from a volunteer reader "
                            "together with the health visitors"
                        ),
                        "statuses": [
                            {
                                "year": 2025,
                                "level": "in_progress",
                                "note_da": "Tilbuddet gives i dag i de fleste af kommunens "
                                "sundhedsplejedistrikter.",
                                "note_en": "The offer now reaches most of the municipality's "
                                "health visitor districts.",
                            },
                        ],
                    },
                    {
                        "text_da": "Bibliotekerne holder fælles læsedage for daginstitutionerne",
                        "text_en": "The libraries host shared reading days for daycare centres",
                        "statuses": [],
                    },
                ],
            },
        ],
    },
    {
        "slug": "trivsel-i-dagtilbud-skole-og-sfo",
        "order": 20,
        "is_cross_cutting": False,
        "publish_from": "2016-12-01 09:00",
        "title_da": "Trivsel i dagtilbud, skole og SFO",
        "title_en": "Well-being in daycare, school and after-school care",
        "short_description_da": (
            "Sporet gør det trivselsarbejde, der allerede foregår i kommunens institutioner, "
            "synligt – og giver forældre, foreninger og unge lyst til at tage det op."
        ),
        "short_description_en": (
            "This track makes the well-being work already going on in the municipality's "
            "institutions visible, and encourages parents, clubs and young people to join in."
        ),
        "purpose_da": (
            "<p>Dagtilbud, skoler og SFO'er er de fællesskaber, næsten alle børn er en del af. "
            "Når trivslen er god dér, kan det mærkes i resten af barnets liv.</p>"
        ),
        "purpose_en": (
            "<p>Daycare, schools and after-school care are communities that almost every child "
            "belongs to. When well-being is good there, it shows in the rest of the child's "
            "life.</p>"
        ),
        "description_da": (
            "<p>I Lejre Kommunes dagtilbud, skoler og SFO'er arbejdes der hver dag med trivsel "
            "og fællesskab, men meget af det kender kun de nærmeste til. Sporet vil dele de gode "
            "erfaringer, så de kan bruges flere steder og komme alle børn til gode.</p>"
            "<p>Institutionerne skal også række ud. Når frivillige i foreningslivet, forældrene "
            "og de unge selv kender arbejdet, kan de tage fællesskab og trivsel op i deres egne "
            "sammenhænge.</p>"
        ),
        "description_en": (
            "<p>Lejre's daycare centres, schools and after-school clubs work with well-being and "
            "community every day, yet much of it is known only to those closest to it. The track "
            "shares the good experience so that it can be used in more places and benefit every "
            "child.</p>"
            "<p>The institutions should also reach out. When club volunteers, parents and young "
            "people know about the work, they can take up community and well-being where they "
            "are.</p>"
        ),
        "goals": [
            {
                "title_da": (
                    "Gode trivselsaktiviteter fra dagtilbud, skoler og SFO'er bliver kendt og "
                    "brugt på tværs af kommunen"
                ),
                "title_en": (
                    "Good well-being activities from daycare, schools and after-school care "
                    "become known and used across the municipality"
                ),
                "imprints": [
                    {
                        "text_da": (
                            "Skoler og daginstitutioner har faste forløb, hvor de store børn "
                            "læser højt for de små"
                        ),
                        "text_en": (
                            "Schools and daycare centres run regular sessions where older "
                            "children read aloud to younger ones"
                        ),
                        "statuses": [
                            {
                                "year": 2025,
                                "level": "in_progress",
                                "note_da": "Forløbene kører på flere skoler; flere er på vej.",
                                "note_en": "Running at several schools, with more to follow.",
                            },
                        ],
                    },
                    {
                        "text_da": (
                            "Institutionerne fortæller om mindst én trivselsaktivitet om året "
                            "på portalen"
                        ),
                        "text_en": (
                            "Each institution shares at least one well-being activity a year "
                            "on the portal"
                        ),
                        "statuses": [
                            {
                                "year": 2025,
                                "level": "not_started",
                                "note_da": "Starter, når portalen er i drift.",
                                "note_en": "Starts once the portal is live.",
                            },
                        ],
                    },
                ],
            },
            {
                "title_da": (
                    "Forældre, foreninger og unge sætter fællesskab og trivsel på dagsordenen"
                ),
                "title_en": "Parents, clubs and young people put community and well-being on "
                "the agenda",
                "imprints": [
                    {
                        "text_da": "Trivsel er et fast punkt på forældremøderne i alle klasser",
                        "text_en": "Well-being is a standing item at parents' meetings in every "
                        "class",
                        "statuses": [],
                    },
                ],
            },
        ],
    },
    {
        "slug": "inkluderende-fritidsaktiviteter",
        "order": 30,
        "is_cross_cutting": False,
        "publish_from": "2016-12-01 09:00",
        "title_da": "Inkluderende fritidsaktiviteter",
        "title_en": "Inclusive leisure activities",
        "short_description_da": (
            "Sport, musik, drama, billedkunst og spejder kan åbne døren til et fællesskab. "
            "Sporet hjælper flere børn og unge ind i fritidslivet."
        ),
        "short_description_en": (
            "Sport, music, drama, art and scouting can open the door to a community. This track "
            "helps more children and young people into leisure activities."
        ),
        "purpose_da": (
            "<p>I fritiden knytter børn og unge venskaber og mærker, at de hører til. Det betyder "
            "ekstra meget for dem, der har det svært andre steder.</p>"
        ),
        "purpose_en": (
            "<p>In their free time children and young people make friends and feel that they "
            "belong. That matters all the more for those who struggle elsewhere.</p>"
        ),
        "description_da": (
            "<p>Et fritidstilbud kan være mange ting: en fodboldklub, et kor, en teatergruppe, "
            "et billedværksted eller en spejdertrop. Fælles for dem er, at de samler børn om "
            "noget, de holder af.</p>"
            "<p>Mange foreninger og andre aktører i Lejre gør allerede en særlig indsats for at "
            "tage godt imod sårbare børn og unge. Sporet vil gøre deres arbejde mere kendt, så "
            "familier og fagfolk ved, hvor der er plads – og så foreningerne kan lære af "
            "hinanden.</p>"
        ),
        "description_en": (
            "<p>A leisure activity can be many things: a football club, a choir, a drama group, "
            "an art workshop or a scout troop. What they share is that they gather children "
            "around something they care about.</p>"
            "<p>Many clubs and other organisations in Lejre already make a special effort to "
            "welcome vulnerable children and young people. The track makes their work better "
            "known, so that families and professionals know where there is room, and so that "
            "clubs can learn from each other.</p>"
        ),
        "goals": [
            {
                "title_da": (
                    "Familier og fagfolk kan let finde fritidstilbud, der tager særligt godt imod "
                    "børn og unge i sårbare situationer"
                ),
                "title_en": (
                    "Families and professionals can easily find leisure activities that give "
                    "vulnerable children and young people a warm welcome"
                ),
                "imprints": [
                    {
                        "text_da": (
                            "Portalen viser en opdateret oversigt over inkluderende foreninger "
                            "og fritidstilbud"
                        ),
                        "text_en": (
                            "The portal shows an up-to-date overview of inclusive clubs and "
                            "activities"
                        ),
                        "statuses": [
                            {
                                "year": 2025,
                                "level": "in_progress",
                                "note_da": "De første foreninger er ved at blive beskrevet.",
                                "note_en": "The first clubs are being described.",
                            },
                        ],
                    },
                    {
                        "text_da": (
                            "Lærere og pædagoger kan pege på et relevant fritidstilbud, når de "
                            "møder et barn uden fritidsliv"
                        ),
                        "text_en": (
                            "Teachers and pedagogues can point to a suitable activity when they "
                            "meet a child with no leisure life"
                        ),
                        "statuses": [],
                    },
                ],
            },
            {
                "title_da": (
                    "Foreningerne deler erfaringer med at inkludere nye og sårbare medlemmer"
                ),
                "title_en": "Clubs share their experience of including new and vulnerable members",
                "imprints": [
                    {
                        "text_da": "Foreningerne mødes årligt i et netværk om inklusion",
                        "text_en": "The clubs meet once a year in a network on inclusion",
                        "statuses": [
                            {
                                "year": 2025,
                                "level": "not_started",
                                "note_da": "",
                                "note_en": "",
                            },
                        ],
                    },
                ],
            },
        ],
    },
    {
        "slug": "unge-viser-vej",
        "order": 40,
        "is_cross_cutting": True,
        "publish_from": "2016-12-01 09:00",
        "title_da": "Unge viser vej",
        "title_en": "Young people lead the way",
        "short_description_da": (
            "De unge er med fra start: De peger på, hvad der skal gøres, skaber aktiviteterne og "
            "har en stemme i alt, hvad +DIG sætter i gang."
        ),
        "short_description_en": (
            "Young people are involved from the start: they point out what needs doing, create "
            "activities and have a say in everything +DIG launches."
        ),
        "purpose_da": (
            "<p>Indsatser for unge virker bedst, når de bliver til sammen med de unge. Sporet "
            "sikrer, at børn og unge har indflydelse på hele +DIG.</p>"
        ),
        "purpose_en": (
            "<p>Work for young people works best when it is shaped together with them. This "
            "track makes sure children and young people have influence across all of +DIG.</p>"
        ),
        "description_da": (
            "<p>Budskabet til de unge har lydt sådan fra første dag: <strong>I bliver hørt – og "
            "I skal selv!</strong> Vi er overbeviste om, at mange af svarene på, hvordan børn og "
            "unge får det bedre, findes hos dem selv.</p>"
            "<p>Sporet går på tværs af de øvrige spor. Unge sidder med i alliancegruppen, de er "
            "med til at vælge indsatser, og de står selv for aktiviteter. #Ungebussen, der "
            "besøgte syv skoler, viser, hvordan de unges stemmer kan samles ind og bruges.</p>"
        ),
        "description_en": (
            "<p>From day one the message to young people has been: <strong>You will be heard – "
            "and it is up to you!</strong> We are convinced that many of the answers to how "
            "children and young people can thrive lie with them.</p>"
            "<p>The track cuts across the others. Young people sit on the alliance group, help "
            "choose initiatives and run activities themselves. #Ungebussen (the Youth Bus), "
            "which visited seven schools, shows how young voices can be gathered and put to "
            "use.</p>"
        ),
        "goals": [
            {
                "title_da": "Unge har en aktiv stemme, når indsatser vælges og formes",
                "title_en": "Young people have an active voice when initiatives are chosen and "
                "shaped",
                "imprints": [
                    {
                        "text_da": "Der sidder unge i alliancegruppen",
                        "text_en": "Young people sit on the alliance group",
                        "statuses": [
                            {
                                "year": 2025,
                                "level": "achieved",
                                "note_da": "En handelsskoleelev og en gymnasieelev er medlemmer.",
                                "note_en": "A business college student and an upper secondary "
                                "student are members.",
                            },
                        ],
                    },
                    {
                        "text_da": (
                            "De unges ønsker fra #Ungebussen indgår, når nye indsatser vælges"
                        ),
                        "text_en": (
                            "The wishes young people shared on #Ungebussen count when new "
                            "initiatives are chosen"
                        ),
                        "statuses": [
                            {
                                "year": 2024,
                                "level": "achieved",
                                "note_da": "",
                                "note_en": "",
                            },
                        ],
                    },
                ],
            },
            {
                "title_da": "Unge skaber og leder selv aktiviteter for andre unge",
                "title_en": "Young people create and run activities for other young people",
                "imprints": [
                    {
                        "text_da": "Mindst to aktiviteter om året er planlagt og ledet af unge",
                        "text_en": "At least two activities a year are planned and led by young "
                        "people",
                        "statuses": [
                            {
                                "year": 2025,
                                "level": "in_progress",
                                "note_da": "Én aktivitet er gennemført i år.",
                                "note_en": "One activity has taken place this year.",
                            },
                        ],
                    },
                ],
            },
        ],
    },
    {
        "slug": "en-ekstra-haand",
        "order": 50,
        "is_cross_cutting": True,
        "publish_from": "2016-12-01 09:00",
        "title_da": "En ekstra hånd",
        "title_en": "An extra hand",
        "short_description_da": (
            "Alle omkring et barn kan gøre en forskel. Sporet gør det let for voksne og unge at "
            "række en hånd ud til dem, der har brug for det."
        ),
        "short_description_en": (
            "Everyone around a child can make a difference. This track makes it easy for adults "
            "and young people to lend a hand to those who need it."
        ),
        "purpose_da": (
            "<p>Trivsel skabes ikke af én aktør alene. Sporet minder os om, at alle – i "
            "foreningen, i skolen, derhjemme og på fritidsjobbet – har noget at bidrage med.</p>"
        ),
        "purpose_en": (
            "<p>No single actor creates well-being alone. This track reminds us that everyone – "
            "in the club, at school, at home and at the part-time job – has something to "
            "offer.</p>"
        ),
        "description_da": (
            "<p>En træner, der opdager, at en spiller er blevet stille. En pensionist, der læser "
            "højt for en flok børnehavebørn. En kollega på fritidsjobbet, der inviterer med. Små "
            "handlinger kan betyde meget for et barn, der står lidt udenfor.</p>"
            "<p>Sporet går på tværs af de andre spor og handler om at gøre det nemt at hjælpe. "
            "Det sker bl.a. gennem frivillige ordninger som <strong>Frivillige Læseheste</strong> "
            "og ved at give voksne viden om, hvordan man opdager og tager hånd om et barn, der "
            "ikke trives.</p>"
        ),
        "description_en": (
            "<p>A coach who notices that a player has gone quiet. A pensioner reading aloud to a "
            "group of kindergarten children. A colleague at the part-time job who asks someone "
            "along. Small acts can mean a lot to a child on the edge of things.</p>"
            "<p>The track cuts across the others and is about making it easy to help, for "
            "instance through volunteer schemes such as <strong>Frivillige Læseheste</strong> "
            "(volunteer readers) and by giving adults the knowledge to spot and support a child "
            "who is not doing well.</p>"
        ),
        "goals": [
            {
                "title_da": "Flere borgere engagerer sig som frivillige for børn og unge",
                "title_en": "More residents volunteer for children and young people",
                "imprints": [
                    {
                        "text_da": "Korpset af Frivillige Læseheste vokser år for år",
                        "text_en": "The group of volunteer readers grows year by year",
                        "statuses": [
                            {
                                "year": 2025,
                                "level": "in_progress",
                                "note_da": "Nye læseheste introduceres løbende på bibliotekerne.",
                                "note_en": "New readers are introduced at the libraries on a "
                                "rolling basis.",
                            },
                        ],
                    },
                    {
                        "text_da": "Man kan melde sig som frivillig direkte på portalen",
                        "text_en": "People can sign up as volunteers directly on the portal",
                        "statuses": [
                            {
                                "year": 2025,
                                "level": "not_started",
                                "note_da": "Ansøgning på nettet er under udvikling.",
                                "note_en": "The online application is being developed.",
                            },
                        ],
                    },
                ],
            },
            {
                "title_da": (
                    "Voksne omkring børn og unge ved, hvordan de får øje på og hjælper et barn i "
                    "mistrivsel"
                ),
                "title_en": (
                    "Adults around children and young people know how to spot and help a child "
                    "who is struggling"
                ),
                "imprints": [
                    {
                        "text_da": (
                            "Trænere og ledere i foreningerne kan få et kort forløb om ensomhed "
                            "og mistrivsel"
                        ),
                        "text_en": (
                            "Coaches and leaders in the clubs can take a short course on "
                            "loneliness and poor well-being"
                        ),
                        "statuses": [],
                    },
                ],
            },
        ],
    },
]

# --- Initiatives ---------------------------------------------------------------------------

INITIATIVES = [
    {
        "slug": "lejre-laeser",
        "order": 10,
        "publish_from": "2017-02-01 09:00",
        "title_da": "Lejre Læser",
        "title_en": "Lejre Læser (Lejre Reads)",
        "summary_da": (
            "En fælles læseindsats, der skal gøre de 2–6-årige klar til at lære – gennem sprog, "
            "bøger og højtlæsning hjemme, i institutionen og på biblioteket."
        ),
        "summary_en": (
            "A joint reading effort to get children aged 2 to 6 ready to learn, through "
            "language, books and reading aloud at home, in daycare and at the library."
        ),
        "body_da": (
            "<p>Med Lejre Læser har alliancen bedt alle relevante aktører i kommunen om at tage "
            "et fælles ansvar for de mindste børns sprog og læselyst. Når et barn møder bøger "
            "og samtale mange steder i hverdagen, står det stærkere, når skolen begynder.</p>"
            "<h2>Hvem er det for?</h2>"
            "<p>Først og fremmest børn mellem 2 og 6 år, deres forældre og de andre voksne, der "
            "tager sig af dem i hverdagen.</p>"
            "<h2>Hvad sker der?</h2>"
            "<ul>"
            "<li><strong>Frivillige Læseheste</strong>: frivillige, som biblioteket har uddannet, "
            "læser op og giver forældre idéer til sprogleg.</li>"
            "<li><strong>Læsebarometeret</strong>: daginstitutionerne holder øje med, hvor meget "
            "der bliver læst.</li>"
            "<li><strong>Store læser for små</strong>: skolebørn læser højt for "
            "børnehavebørn.</li>"
            "</ul>"
        ),
        "body_en": (
            "<p>With Lejre Læser the alliance has asked everyone concerned in the municipality "
            "to share responsibility for the youngest children's language and love of reading. "
            "A child who meets books and conversation in many places is better prepared when "
            "school starts.</p>"
            "<h2>Who is it for?</h2>"
            "<p>Above all children aged 2 to 6, their parents and the other adults who look "
            "after them day to day.</p>"
            "<h2>What happens?</h2>"
            "<ul>"
            "<li><strong>Frivillige Læseheste</strong>: volunteers trained by the library read "
            "aloud and give parents ideas for language play.</li>"
            "<li><strong>Læsebarometeret</strong>: the daycare centres keep track of how much "
            "reading goes on.</li>"
            "<li><strong>Store læser for små</strong>: schoolchildren read aloud to kindergarten "
            "children.</li>"
            "</ul>"
        ),
        "tracks": ["relationer-i-den-tidlige-barndom"],
        "partners": ["Lejre Kommune", "Lejre Bibliotek & Arkiv"],
        "age_from": 2,
        "age_to": 6,
        "phase": "active",
        "is_featured": True,
    },
    {
        "slug": "frivillige-laeseheste",
        "order": 20,
        "publish_from": "2017-09-01 09:00",
        "title_da": "Frivillige Læseheste",
        "title_en": "Frivillige Læseheste (volunteer readers)",
        "summary_da": (
            "Frivillige, som biblioteket har klædt på, læser højt i bibliotekernes boghjørner, "
            "kommer ud i institutioner og besøger nye mødregrupper sammen med sundhedsplejen."
        ),
        "summary_en": (
            "Volunteers prepared by the library read aloud in the libraries' book corners, visit "
            "daycare centres and call on new mothers' groups together with the health visitors."
        ),
        "body_da": (
            "<p>Læsehestene er et korps af frivillige under Lejre Læser. Lejre Bibliotek & Arkiv "
            "uddanner dem i børnelitteratur og i, hvordan man på en legende måde styrker små "
            "børns sprog. Flere af dem er kommet til via de lokale pensionistforeninger.</p>"
            "<h2>Her møder du læsehestene</h2>"
            "<ul>"
            "<li>I boghjørnerne på kommunens biblioteker, hvor de læser op for børn og "
            "forældre.</li>"
            "<li>I dagtilbud og andre institutioner, som kan booke et besøg.</li>"
            "<li>I nye mødregrupper, som de besøger sammen med sundhedsplejen for at vise "
            "gode børnebøger frem og give idéer til sprogstimulering.</li>"
            "</ul>"
            "<h2>Vil du være læsehest?</h2>"
            "<p>Du behøver ikke have erfaring – bare lyst til bøger og børn. Kontakt "
            "sekretariatet, og læs mere på siden om at blive frivillig.</p>"
        ),
        "body_en": (
            "<p>The volunteer readers are a group within Lejre Læser. Lejre Library & Archive "
            "trains them in children's books and in playful ways to build young children's "
            "language. Several of them joined through the local pensioners' associations.</p>"
            "<h2>Where to meet them</h2>"
            "<ul>"
            "<li>In the book corners of the municipality's libraries, reading to children and "
            "parents.</li>"
            "<li>In daycare and other institutions, which can book a visit.</li>"
            "<li>In new mothers' groups, which they visit with the health visitors to show good "
            "children's books and share ideas for language stimulation.</li>"
            "</ul>"
            "<h2>Would you like to read?</h2>"
            "<p>No experience is needed, only a liking for books and children. Contact the "
            "secretariat and read more on the volunteering page.</p>"
        ),
        "tracks": ["relationer-i-den-tidlige-barndom", "en-ekstra-haand"],
        "partners": ["Lejre Bibliotek & Arkiv", "Lejre Kommune"],
        "age_from": 0,
        "age_to": 6,
        "phase": "active",
        "is_featured": True,
    },
    {
        "slug": "laesebarometeret",
        "order": 30,
        "publish_from": "2017-09-15 09:00",
        "title_da": "Læsebarometeret",
        "title_en": "The reading barometer",
        "summary_da": (
            "Et barometer i alle daginstitutioner, der stiger, når der bliver læst højt og hygget "
            "med bøger – suppleret af læsedage på bibliotekerne."
        ),
        "summary_en": (
            "A barometer in every daycare centre that rises when children are read to and enjoy "
            "books, backed up by reading days at the libraries."
        ),
        "body_da": (
            "<p>Læsebarometeret er kommunens pædagogiske bidrag til Lejre Læser. Hver gang "
            "børn og voksne læser sammen, kan barometeret rykke et hak op. Det gør læsningen "
            "synlig for både børn, personale og forældre.</p>"
            "<p>Alle kommunens daginstitutioner har taget barometeret til sig. Derudover mødes "
            "institutionerne til fælles barometer-dage på de lokale biblioteker.</p>"
        ),
        "body_en": (
            "<p>The reading barometer is the municipality's pedagogical contribution to Lejre "
            "Læser. Each time children and adults read together, the barometer can move up a "
            "notch, which makes reading visible to children, staff and parents alike.</p>"
            "<p>All the municipality's daycare centres have adopted the barometer, and they also "
            "meet for shared barometer days at the local libraries.</p>"
        ),
        "tracks": ["relationer-i-den-tidlige-barndom", "trivsel-i-dagtilbud-skole-og-sfo"],
        "partners": ["Lejre Kommune", "Lejre Bibliotek & Arkiv"],
        "age_from": 1,
        "age_to": 6,
        "phase": "active",
        "is_featured": False,
    },
    {
        "slug": "store-laeser-for-smaa",
        "order": 40,
        "publish_from": "2018-01-15 09:00",
        "title_da": "Store læser for små",
        "title_en": "Big kids read to little ones",
        "summary_da": (
            "Skoleelever besøger børnehaver og læser op. De små får ny læselyst, og de store "
            "får ansvar og et nyt fællesskab på tværs af alder."
        ),
        "summary_en": (
            "Pupils visit kindergartens and read aloud. The little ones get a taste for books "
            "and the older ones gain responsibility and a community across ages."
        ),
        "body_da": (
            "<p>I forløbene mellem skoler og daginstitutioner bliver de ældste elever "
            "oplæsere for de yngste børn. Skolen og børnehaven aftaler sammen, hvor ofte de "
            "mødes, og hvilke bøger der skal læses.</p>"
            "<p>Forløbene styrker både de små børns sprog og de store elevers selvtillid – og "
            "de skaber bånd mellem børn, der ellers ikke ville mødes.</p>"
        ),
        "body_en": (
            "<p>In these courses between schools and daycare, older pupils become readers for "
            "the youngest children. The school and the kindergarten agree together how often "
            "they meet and which books to read.</p>"
            "<p>The sessions build the little ones' language and the older pupils' confidence, "
            "and they create ties between children who would otherwise not meet.</p>"
        ),
        "tracks": ["relationer-i-den-tidlige-barndom", "trivsel-i-dagtilbud-skole-og-sfo"],
        "partners": ["Lejre Kommune"],
        "age_from": 3,
        "age_to": 12,
        "phase": "active",
        "is_featured": False,
    },
    {
        "slug": "ungebussen",
        "order": 50,
        "publish_from": "2017-04-20 09:00",
        "title_da": "#Ungebussen",
        "title_en": "#Ungebussen (the Youth Bus)",
        "summary_da": (
            "I to uger kørte en bus rundt til syv skoler i kommunen. Omkring 500 unge delte "
            "tanker om trivsel, ensomhed og drømme for ungelivet i Lejre."
        ),
        "summary_en": (
            "For two weeks a bus toured seven schools in the municipality. Around 500 young "
            "people shared their thoughts on well-being, loneliness and their hopes for youth "
            "in Lejre."
        ),
        "body_da": (
            "<p>#Ungebussen skulle sætte gang i en samtale om, hvordan det er at være ung i "
            "Lejre Kommune. I stedet for at invitere de unge til et møde tog vi mødet ud til "
            "dem.</p>"
            "<h2>Sådan foregik det</h2>"
            "<ul>"
            "<li>Bussen var på tur i to uger og holdt ved syv forskellige skoler.</li>"
            "<li>På hver skole var der workshops om trivsel og ensomhed.</li>"
            "<li>Nogle elever skrev artikler, og alle kunne lægge et anonymt postkort med "
            "tanker og drømme i bussens postkasse.</li>"
            "</ul>"
            "<h2>Det fortalte de unge</h2>"
            "<p>Omkring 500 unge deltog. De fleste er glade for det sted, de bor, men mange "
            "ønsker sig et stærkere sammenhold – også mellem klasserne. Det ønske går igen på "
            "postkortene og bruges nu i arbejdet med nye indsatser.</p>"
        ),
        "body_en": (
            "<p>#Ungebussen set out to start a conversation about being young in Lejre "
            "Municipality. Rather than invite young people to a meeting, we took the meeting to "
            "them.</p>"
            "<h2>How it worked</h2>"
            "<ul>"
            "<li>The bus toured for two weeks and stopped at seven different schools.</li>"
            "<li>Each school hosted workshops on well-being and loneliness.</li>"
            "<li>Some pupils wrote articles, and everyone could post an anonymous postcard with "
            "thoughts and dreams in the bus's letterbox.</li>"
            "</ul>"
            "<h2>What young people told us</h2>"
            "<p>About 500 young people took part. Most like the place they live, but many want a "
            "stronger sense of togetherness, also between classes. That wish recurs on the "
            "postcards and now feeds into the choice of new initiatives.</p>"
        ),
        "tracks": ["unge-viser-vej"],
        "partners": ["Lejre Kommune"],
        "age_from": 12,
        "age_to": 17,
        "phase": "completed",
        "is_featured": True,
    },
    {
        "slug": "aabent-vaerksted",
        "order": 60,
        "publish_from": "2016-03-31 09:00",
        "title_da": "Kick-off og åbent værksted",
        "title_en": "Kick-off and open workshop",
        "summary_da": (
            "+DIG begyndte med et kick-off i Hvalsø Kulturhus den 14. marts 2016 og et åbent "
            "værksted den 2. april, hvor idéerne blev til de første indsatser."
        ),
        "summary_en": (
            "+DIG began with a kick-off at Hvalsø Kulturhus on 14 March 2016 and an open "
            "workshop on 2 April, where the ideas grew into the first initiatives."
        ),
        "body_da": (
            "<p>Den 14. marts 2016 samledes unge, borgere, foreninger, erhvervsfolk og kommunale "
            "medarbejdere i Hvalsø Kulturhus for at tale om ensomhed blandt børn og unge. "
            "Gruppearbejdet gav en lang række temaer og idéer.</p>"
            "<p>Lørdag den 2. april fulgte et åbent værksted, hvor alle kunne kigge forbi, så "
            "længe de havde tid. Plakaterne fra kick-off hang på væggene, og deltagerne "
            "tilføjede nye idéer, aktører og indsatser. Arbejdsformen var inspireret af Open "
            "Space, og hver time samlede vi op i plenum.</p>"
            "<p>Målet var at gøre de mest holdbare idéer så konkrete som muligt, så alle kunne "
            "se, hvor de selv kunne bidrage. Meget af det, der blev sat i gang her, lever "
            "videre i indsatssporene.</p>"
        ),
        "body_en": (
            "<p>On 14 March 2016 young people, residents, clubs, business people and municipal "
            "staff gathered at Hvalsø Kulturhus to talk about loneliness among children and "
            "young people. The group work produced a wide range of themes and ideas.</p>"
            "<p>On Saturday 2 April an open workshop followed, where anyone could drop in for as "
            "long as they had time. Posters from the kick-off covered the walls, and "
            "participants added new ideas, actors and initiatives. The format was inspired by "
            "Open Space, with a plenary round-up every hour.</p>"
            "<p>The aim was to make the most durable ideas as concrete as possible, so everyone "
            "could see where they could contribute. Much of what started here lives on in the "
            "tracks.</p>"
        ),
        "tracks": ["unge-viser-vej", "en-ekstra-haand"],
        "partners": ["Lejre Kommune", "Socialt Udviklingscenter SUS", "Helsefonden"],
        "age_from": 0,
        "age_to": 25,
        "phase": "completed",
        "is_featured": False,
    },
]

# --- News ----------------------------------------------------------------------------------

NEWS = [
    {
        "slug": "invitation-til-aabent-vaerksted",
        "publish_from": "2016-03-31 10:00",
        "title_da": "Kom til åbent værksted lørdag den 2. april",
        "title_en": "Join the open workshop on Saturday 2 April",
        "summary_da": (
            "Vi bygger videre på idéerne fra kick-off i Hvalsø Kulturhus. Kig forbi, når det "
            "passer dig, og vær med til at gøre visionen til virkelighed."
        ),
        "summary_en": (
            "We are building on the ideas from the kick-off at Hvalsø Kulturhus. Drop in "
            "whenever suits you and help turn the vision into reality."
        ),
        "body_da": (
            "<p>Til kick-off den 14. marts arbejdede unge, borgere, foreninger, erhvervsliv og "
            "kommunens fagfolk sammen om ensomhed blandt børn og unge. Nu tager vi næste "
            "skridt.</p>"
            "<h2>Sådan foregår dagen</h2>"
            "<ul>"
            "<li>Du kommer og går, som det passer dig.</li>"
            "<li>Materialet fra gruppearbejdet hænger fremme, og du kan føje nye idéer, aktører "
            "og indsatser til.</li>"
            "<li>Vi arbejder i Open Space-stil med plads til spørgsmål, netværk og nye "
            "alliancer.</li>"
            "<li>Hver time samler vi op i fællesskab.</li>"
            "</ul>"
            "<h2>Hvorfor er det vigtigt?</h2>"
            "<p>I en gennemsnitlig skoleklasse sidder der et eller to børn, der føler sig "
            "ensomme. Kortvarig ensomhed er en del af livet, men bliver den ved, kan den gå ud "
            "over helbred, koncentration og skolegang. Ingen vælger selv at være ensom – og "
            "ingen kan løse problemet alene.</p>"
            "<p>Spørgsmål? Kontakt projektleder Sine Jung Gormsen på 61 19 58 31 eller "
            '<a href="mailto:sjgo@lejre.dk">sjgo@lejre.dk</a>.</p>'
        ),
        "body_en": (
            "<p>At the kick-off on 14 March young people, residents, clubs, businesses and "
            "municipal professionals worked together on loneliness among children and young "
            "people. Now we take the next step.</p>"
            "<h2>How the day works</h2>"
            "<ul>"
            "<li>Come and go as it suits you.</li>"
            "<li>Material from the group work is on display, and you can add new ideas, actors "
            "and initiatives.</li>"
            "<li>We work in an Open Space style, with room for questions, networking and new "
            "alliances.</li>"
            "<li>Every hour we sum up together.</li>"
            "</ul>"
            "<h2>Why does it matter?</h2>"
            "<p>In an average school class, one or two children feel lonely. Short spells of "
            "loneliness are part of life, but when it lasts it can harm health, concentration "
            "and schooling. Nobody chooses to be lonely, and nobody can solve the problem "
            "alone.</p>"
            "<p>Questions? Contact project leader Sine Jung Gormsen on 61 19 58 31 or "
            '<a href="mailto:sjgo@lejre.dk">sjgo@lejre.dk</a>.</p>'
        ),
        "initiatives": ["aabent-vaerksted"],
        "tracks": [],
    },
    {
        "slug": "alliancegruppen-har-formuleret-visionen",
        "publish_from": "2016-11-30 10:00",
        "title_da": "Alliancegruppen har sat ord på visionen",
        "title_en": "The alliance group has put the vision into words",
        "summary_da": (
            "I løbet af efteråret har alliancegruppen formuleret den vision, der skal samle "
            "alle, der arbejder for børn og unges trivsel i Lejre."
        ),
        "summary_en": (
            "Over the autumn the alliance group has formulated the vision that will unite "
            "everyone working for children's and young people's well-being in Lejre."
        ),
        "body_da": (
            "<p>Efter en række møder er alliancegruppen enig om en fælles vision. Kort fortalt "
            "skal hvert barn og hver ung i Lejre opleve at blive set, lyttet til og anerkendt, "
            "møde udfordringer, der får dem til at vokse, og være en del af fællesskabet – "
            "uanset hvor de færdes.</p>"
            "<p>Visionen gælder alle børn og unge i kommunen. Men ved at løfte alle får vi også "
            "fat i dem, der har brug for en ekstra hånd fra voksne og kammerater omkring "
            "sig.</p>"
            "<p>Samtidig har gruppen udpeget fem indsatsspor, som arbejdsgrupperne nu går i "
            "gang med. To af dem – <em>Unge viser vej</em> og <em>En ekstra hånd</em> – går på "
            "tværs af de tre andre.</p>"
        ),
        "body_en": (
            "<p>After a series of meetings the alliance group has agreed on a shared vision. In "
            "short, every child and young person in Lejre should feel seen, listened to and "
            "recognised, meet challenges that help them grow, and be part of the community, "
            "wherever they are.</p>"
            "<p>The vision covers all children and young people in the municipality. But by "
            "lifting everyone, we also reach those who need an extra hand from the adults and "
            "friends around them.</p>"
            "<p>The group has also set out five tracks, which the working groups are now taking "
            "up. Two of them – <em>Young people lead the way</em> and <em>An extra hand</em> – "
            "cut across the other three.</p>"
        ),
        "initiatives": [],
        "tracks": [
            "relationer-i-den-tidlige-barndom",
            "trivsel-i-dagtilbud-skole-og-sfo",
            "inkluderende-fritidsaktiviteter",
            "unge-viser-vej",
            "en-ekstra-haand",
        ],
    },
    {
        "slug": "ungebussen-500-unge-har-sagt-deres-mening",
        "publish_from": "2017-06-20 10:00",
        "title_da": "#Ungebussen: 500 unge har sagt deres mening",
        "title_en": "#Ungebussen: 500 young people have had their say",
        "summary_da": (
            "Efter to uger på vejen og besøg på syv skoler er #Ungebussen tilbage. De fleste "
            "trives, hvor de bor – men mange drømmer om mere sammenhold."
        ),
        "summary_en": (
            "After two weeks on the road and visits to seven schools, #Ungebussen is back. Young "
            "people like where they live but dream of more togetherness."
        ),
        "body_da": (
            "<p>Omkring 500 unge har været med, da #Ungebussen gjorde holdt ved syv skoler i "
            "kommunen. På workshops talte de om trivsel og ensomhed, nogle skrev artikler, og "
            "mange lagde et anonymt postkort i bussens postkasse.</p>"
            "<h2>Det tager vi med os</h2>"
            "<ul>"
            "<li>De fleste unge trives i deres lokalområde.</li>"
            "<li>Mange ønsker et bedre sammenhold – ikke kun i klassen, men også mellem "
            "klasserne.</li>"
            "<li>Drømmen er fællesskaber, hvor man kan være med uden at føle sig forkert eller "
            "pinlig.</li>"
            "</ul>"
            "<p>Alliancegruppen bruger de unges input, når nye indsatser skal vælges. Tak til "
            "alle elever og skoler, der tog godt imod bussen!</p>"
        ),
        "body_en": (
            "<p>About 500 young people took part when #Ungebussen stopped at seven schools in "
            "the municipality. In workshops they talked about well-being and loneliness, some "
            "wrote articles, and many dropped an anonymous postcard in the bus's letterbox.</p>"
            "<h2>What we take with us</h2>"
            "<ul>"
            "<li>Most young people are happy in their local area.</li>"
            "<li>Many want stronger bonds, not only within the class but also between "
            "classes.</li>"
            "<li>They dream of communities where you can join in without feeling awkward or "
            "out of place.</li>"
            "</ul>"
            "<p>The alliance group uses this input when choosing new initiatives. Thank you to "
            "all the pupils and schools who welcomed the bus!</p>"
        ),
        "initiatives": ["ungebussen"],
        "tracks": ["unge-viser-vej"],
    },
    {
        "slug": "laesehestene-er-klar-til-at-laese-op",
        "publish_from": "2017-10-02 10:00",
        "title_da": "Læsehestene er klar til at læse op",
        "title_en": "The volunteer readers are ready to read aloud",
        "summary_da": (
            "Det første hold Frivillige Læseheste har gennemført bibliotekets uddannelse og kan "
            "nu opleves i boghjørnerne og i nye mødregrupper."
        ),
        "summary_en": (
            "The first group of volunteer readers has completed the library's training and can "
            "now be met in the book corners and in new mothers' groups."
        ),
        "body_da": (
            "<p>Lejre Bibliotek & Arkiv har uddannet de første Frivillige Læseheste. De har "
            "lært om børnelitteratur og om, hvordan man leger med sproget sammen med de "
            "mindste. Flere af de nye læseheste kommer fra lokale pensionistforeninger.</p>"
            "<p>Læsehestene læser op i bibliotekernes boghjørner, og dagtilbud kan booke dem til "
            "et besøg. Sammen med sundhedsplejen besøger de også nye mødregrupper og viser gode "
            "bøger for de helt små frem.</p>"
            "<p>Har du selv lyst til at blive læsehest? Så kontakt sekretariatet – vi har brug "
            "for flere.</p>"
        ),
        "body_en": (
            "<p>Lejre Library & Archive has trained the first volunteer readers. They have "
            "learned about children's books and how to play with language together with the "
            "youngest. Several of the new readers come from local pensioners' associations.</p>"
            "<p>The readers read aloud in the libraries' book corners, and daycare centres can "
            "book them for a visit. Together with the health visitors they also visit new "
            "mothers' groups and introduce good books for the very young.</p>"
            "<p>Would you like to become a reader yourself? Contact the secretariat – we need "
            "more.</p>"
        ),
        "initiatives": ["frivillige-laeseheste", "lejre-laeser"],
        "tracks": ["relationer-i-den-tidlige-barndom", "en-ekstra-haand"],
    },
]

# --- Events --------------------------------------------------------------------------------

EVENTS = [
    {
        "slug": "kick-off-i-hvalsoe-kulturhus",
        "publish_from": "2016-02-15 09:00",
        "starts_at": "2016-03-14 17:00",
        "ends_at": "2016-03-14 21:00",
        "location_da": "Hvalsø Kulturhus",
        "location_en": "Hvalsø Kulturhus (Hvalsø culture house)",
        "address": "Hvalsø",
        "title_da": "Kick-off for +DIG",
        "title_en": "+DIG kick-off",
        "summary_da": (
            "Startskuddet til +DIG: borgere, unge, foreninger, erhvervsliv og fagfolk mødes for "
            "at finde løsninger på ensomhed blandt børn og unge."
        ),
        "summary_en": (
            "The starting shot for +DIG: residents, young people, clubs, businesses and "
            "professionals meet to find answers to loneliness among children and young people."
        ),
        "description_da": (
            "<p>Vi inviterer alle, der vil gøre noget for børn og unge, som står uden for "
            "fællesskabet. Aftenen byder på en kort introduktion til collective impact og "
            "masser af gruppearbejde, hvor idéer og temaer kommer på bordet.</p>"
        ),
        "description_en": (
            "<p>We invite everyone who wants to help children and young people who are left "
            "out. The evening offers a short introduction to collective impact and plenty of "
            "group work where ideas and themes are put on the table.</p>"
        ),
        "initiatives": ["aabent-vaerksted"],
        "tracks": [],
    },
    {
        "slug": "aabent-vaerksted-2-april-2016",
        "publish_from": "2016-03-31 10:00",
        "starts_at": "2016-04-02 10:00",
        "ends_at": "2016-04-02 15:00",
        "location_da": "Lejre Kommune",
        "location_en": "Lejre Municipality",
        "address": "",
        "title_da": "Åbent værksted",
        "title_en": "Open workshop",
        "summary_da": (
            "Et arbejdende værksted i Open Space-stil, hvor idéerne fra kick-off udvikles til "
            "konkrete indsatser. Kom og gå, som det passer dig."
        ),
        "summary_en": (
            "A working session in Open Space style where the ideas from the kick-off are turned "
            "into concrete initiatives. Come and go as you like."
        ),
        "description_da": (
            "<p>Materialet fra kick-off hænger på væggene, og du kan bygge videre på det med "
            "dine egne idéer. Hver time samler vi op i plenum. Der er ingen tilmelding.</p>"
        ),
        "description_en": (
            "<p>Material from the kick-off is on the walls, and you can build on it with your "
            "own ideas. Every hour we sum up in plenary. No registration needed.</p>"
        ),
        "initiatives": ["aabent-vaerksted"],
        "tracks": [],
    },
    {
        "slug": "introaften-for-nye-laeseheste",
        "weeks_ahead": 3,
        "weekday": 1,  # Tuesday
        "start": "19:00",
        "end": "21:00",
        "location_da": "Hvalsø Bibliotek",
        "location_en": "Hvalsø Library",
        "address": "",
        "title_da": "Introaften for nye Læseheste",
        "title_en": "Introduction evening for new volunteer readers",
        "summary_da": (
            "Har du lyst til at læse højt for små børn? Hør, hvad det indebærer at være "
            "Frivillig Læsehest, og mød nogle af dem, der allerede er i gang."
        ),
        "summary_en": (
            "Would you like to read aloud to young children? Find out what being a volunteer "
            "reader involves and meet some of those already doing it."
        ),
        "description_da": (
            "<p>Bibliotekets formidlere fortæller om uddannelsen, om de forskellige steder, "
            "læsehestene kommer ud, og om, hvordan man kommer i gang. Der er kaffe og tid til "
            "spørgsmål.</p>"
            "<p>Du forpligter dig ikke til noget ved at komme. Husk, at der skal indhentes en "
            "børneattest, før du begynder at læse for børn.</p>"
        ),
        "description_en": (
            "<p>Library staff explain the training, the places where the readers go, and how to "
            "get started. There will be coffee and time for questions.</p>"
            "<p>Coming commits you to nothing. Please note that a child protection certificate "
            "(børneattest) is required before you start reading to children.</p>"
        ),
        "initiatives": ["frivillige-laeseheste"],
        "tracks": ["en-ekstra-haand"],
    },
    {
        "slug": "hoejtlaesning-i-bibliotekets-boghjoerne",
        "weeks_ahead": 6,
        "weekday": 5,  # Saturday
        "start": "10:00",
        "end": "11:00",
        "location_da": "Kirke Hyllinge Bibliotek, boghjørnet",
        "location_en": "Kirke Hyllinge Library, the book corner",
        "address": "",
        "title_da": "Højtlæsning i bibliotekets boghjørne",
        "title_en": "Read-aloud morning in the library book corner",
        "summary_da": (
            "En hyggelig lørdag formiddag, hvor Læsehestene læser billedbøger for børn mellem 2 "
            "og 6 år. Forældre og bedsteforældre er meget velkomne."
        ),
        "summary_en": (
            "A cosy Saturday morning when the volunteer readers share picture books with "
            "children aged 2 to 6. Parents and grandparents are very welcome."
        ),
        "description_da": (
            "<p>Tag en pude med, og find en plads i boghjørnet. Efter oplæsningen giver "
            "læsehestene gerne tips til gode bøger og til, hvordan man kan snakke om "
            "billederne derhjemme. Gratis og uden tilmelding.</p>"
        ),
        "description_en": (
            "<p>Bring a cushion and find a spot in the book corner. After the reading the "
            "volunteers are happy to suggest good books and ways to talk about the pictures at "
            "home. Free, no registration.</p>"
        ),
        "initiatives": ["frivillige-laeseheste", "lejre-laeser"],
        "tracks": ["relationer-i-den-tidlige-barndom"],
    },
    {
        "slug": "aabent-moede-om-unges-trivsel",
        "weeks_ahead": 10,
        "weekday": 2,  # Wednesday
        "start": "18:30",
        "end": "20:30",
        "location_da": "Hvalsø Kulturhus",
        "location_en": "Hvalsø Kulturhus (Hvalsø culture house)",
        "address": "Hvalsø",
        "title_da": "Åbent møde om unges trivsel",
        "title_en": "Open meeting on young people's well-being",
        "summary_da": (
            "Unge, forældre, foreninger og fagfolk mødes for at tale om, hvad der skaber "
            "fællesskab blandt unge i Lejre – og hvad vi kan gøre sammen."
        ),
        "summary_en": (
            "Young people, parents, clubs and professionals meet to discuss what builds "
            "community among young people in Lejre, and what we can do together."
        ),
        "description_da": (
            "<p>Aftenen er planlagt sammen med unge fra alliancegruppen. Vi lægger ud med, "
            "hvad de unge selv peger på, og arbejder derefter i små grupper med idéer, der kan "
            "sættes i gang i skoler, klubber og foreninger.</p>"
            "<p>Alle er velkomne, og der er ingen tilmelding.</p>"
        ),
        "description_en": (
            "<p>The evening has been planned with young members of the alliance group. We start "
            "with what young people themselves point to, then work in small groups on ideas "
            "that can be started in schools, youth clubs and associations.</p>"
            "<p>Everyone is welcome, and no registration is needed.</p>"
        ),
        "initiatives": ["ungebussen"],
        "tracks": ["unge-viser-vej"],
    },
]

# --- Pages ---------------------------------------------------------------------------------

PAGES = [
    {
        "key": "vision",
        "publish_from": "2016-12-01 09:00",
        "title_da": "Alle børn og unge skal være en del af fællesskabet",
        "title_en": "Every child and young person belongs in the community",
        "intro_da": (
            "Vi arbejder for, at hvert barn og hver ung i Lejre bliver set, hørt og anerkendt, "
            "mødes med positive udfordringer og hører til – i skolen, i fritiden og derhjemme."
        ),
        "intro_en": (
            "We work so that every child and young person in Lejre is seen, heard and "
            "recognised, meets positive challenges and belongs – at school, in their free time "
            "and at home."
        ),
        "body_da": (
            "<h2>Børnene under radaren</h2>"
            "<p>Heldigvis har de fleste børn i Lejre det godt, og de, der har det rigtig svært, "
            "får ofte allerede hjælp. Men ind imellem findes en gruppe børn og unge i diffus "
            "mistrivsel: Det kan skyldes drillerier, problemer derhjemme eller sygdom, og de "
            "bliver let overset. Dem vil vi finde i tide.</p>"
            "<h2>Ingen kan gøre det alene</h2>"
            "<p>Et barns trivsel afhænger af mange: familien, venner, dagtilbuddet, skolen, "
            "foreningerne og sundhedsplejen. +DIG bygger på <strong>collective impact</strong> "
            "– en måde at arbejde på, hvor kommune, civilsamfund og erhvervsliv trækker i samme "
            "retning mod et fælles mål.</p>"
            "<p>Visionen blev formuleret af alliancegruppen i efteråret 2016 og er "
            "pejlemærket for alt, hvad vi sætter i gang.</p>"
        ),
        "body_en": (
            "<h2>Children under the radar</h2>"
            "<p>Most children in Lejre are doing well, and those in real difficulty often "
            "already receive help. In between is a group of children and young people whose "
            "well-being is quietly slipping – because of teasing, trouble at home or illness – "
            "and who are easily overlooked. We want to find them in time.</p>"
            "<h2>Nobody can do it alone</h2>"
            "<p>A child's well-being depends on many people: family, friends, daycare, school, "
            "clubs and the health visitors. +DIG is built on <strong>collective impact</strong>, "
            "a way of working in which the municipality, civil society and business pull in the "
            "same direction towards a shared goal.</p>"
            "<p>The alliance group formulated the vision in the autumn of 2016, and it guides "
            "everything we start.</p>"
        ),
    },
    {
        "key": "about",
        "publish_from": "2016-12-01 09:00",
        "title_da": "Om +DIG",
        "title_en": "About +DIG",
        "intro_da": (
            "Lejre Kommune, Socialt Udviklingscenter SUS og Helsefonden står sammen bag +DIG. "
            "Målet er mere trivsel og mindre ensomhed hos kommunens børn og unge."
        ),
        "intro_en": (
            "+DIG is a partnership between Lejre Municipality, the social development centre "
            "SUS and Helsefonden to raise well-being and reduce loneliness among children and "
            "young people in Lejre."
        ),
        "body_da": (
            "<h2>Partnerskabet</h2>"
            "<p>I Lejre bor omkring 6000 børn og unge. De tre partnere er gået sammen om at "
            "komme ind bag de problemer, der får nogle af dem til at mistrives, og skabe bedre "
            "rammer for et godt liv. Alliancegruppen er indsatsens bestyrelse, og et "
            "sekretariat koordinerer arbejdet i fem indsatsspor.</p>"
            "<h2>Collective impact</h2>"
            "<p>Komplekse sociale problemer kan ikke løses af én sektor. Collective impact er "
            "en arbejdsform, der er afprøvet i bl.a. USA og Canada, hvor kommune, foreninger, "
            "erhvervsliv, forældre og unge arbejder mod de samme mål og koordinerer deres "
            "indsatser.</p>"
            "<h2>Ensomhed blandt børn og unge</h2>"
            "<p>Ensomhed er en subjektiv følelse: oplevelsen af, at ens relationer ikke "
            "slår til. Landsdækkende undersøgelser viser bl.a., at</p>"
            "<ul>"
            "<li>der i hver klasse typisk er 1–2 elever, som konstant føler sig ensomme,</li>"
            "<li>piger oftere end drenge oplever ensomhed,</li>"
            "<li>ensomme børn oftere har hovedpine eller mavepine og er trætte,</li>"
            "<li>børn fra familier med få ressourcer oftere føler sig drillet og "
            "isoleret.</li>"
            "</ul>"
            "<h2>En del af Bryd den negative sociale arv</h2>"
            "<p>+DIG udspringer af programmet Bryd den negative sociale arv, som løb fra 2015 "
            "til 2019. Helsefonden bevilgede 15 mio. kr. til at afprøve collective impact i to "
            "kommuner: Lejre, der valgte at fokusere på ensomhed, og Helsingør, hvor indsatsen "
            "Et Lettere Liv arbejder med trivsel og overvægt.</p>"
            "<h2>Forskning</h2>"
            "<p>Forskere fra VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd "
            "følger initiativerne for at vurdere, om de virker.</p>"
        ),
        "body_en": (
            "<h2>The partnership</h2>"
            "<p>About 6,000 children and young people live in Lejre. The three partners have "
            "joined forces to get behind the problems that leave some of them struggling, and "
            "to create better conditions for a good life. The alliance group acts as the board, "
            "and a secretariat coordinates the work across five tracks.</p>"
            "<h2>Collective impact</h2>"
            "<p>Complex social problems cannot be solved by one sector. Collective impact is a "
            "way of working, tried in the USA and Canada among other places, in which the "
            "municipality, clubs, businesses, parents and young people work towards the same "
            "goals and coordinate their efforts.</p>"
            "<h2>Loneliness among children and young people</h2>"
            "<p>Loneliness is a subjective feeling: the sense that your relationships fall "
            "short. National surveys show, among other things, that</p>"
            "<ul>"
            "<li>each class typically has 1–2 pupils who feel lonely all the time,</li>"
            "<li>girls feel lonely more often than boys,</li>"
            "<li>lonely children more often have headaches or stomach aches and feel tired,</li>"
            "<li>children from families with few resources more often feel teased and "
            "isolated.</li>"
            "</ul>"
            "<h2>Part of Bryd den negative sociale arv</h2>"
            "<p>+DIG grew out of the programme Bryd den negative sociale arv (Breaking negative "
            "social inheritance), which ran from 2015 to 2019. Helsefonden granted DKK 15 "
            "million to test collective impact in two municipalities: Lejre, which chose to "
            "focus on loneliness, and Helsingør, where the initiative Et Lettere Liv works on "
            "well-being and overweight.</p>"
            "<h2>Research</h2>"
            "<p>Researchers from VIVE, the Danish Centre for Social Science Research, follow the "
            "initiatives to assess whether they work.</p>"
        ),
    },
    {
        "key": "contact",
        "publish_from": "2016-12-01 09:00",
        "title_da": "Kontakt",
        "title_en": "Contact",
        "intro_da": (
            "Har du en idé, et spørgsmål eller lyst til at være med? Så hører +DIG-sekretariatet "
            "gerne fra dig."
        ),
        "intro_en": (
            "Do you have an idea, a question or would you like to take part? The +DIG "
            "secretariat would love to hear from you."
        ),
        "body_da": (
            "<p>Sekretariatet koordinerer arbejdet i +DIG og er dit indgangssted til "
            "alliancegruppen, indsatssporene og de frivillige ordninger.</p>"
            "<p>Du kan ringe til projektleder Sine Jung Gormsen på "
            '<a href="tel:+4561195831">61 19 58 31</a> eller skrive til '
            '<a href="mailto:sjgo@lejre.dk">sjgo@lejre.dk</a>.</p>'
            "<p>Skriv ikke personfølsomme oplysninger om et barn i en almindelig e-mail. Er du "
            "bekymret for et barn, skal du kontakte Lejre Kommune direkte.</p>"
        ),
        "body_en": (
            "<p>The secretariat coordinates the work of +DIG and is your way in to the alliance "
            "group, the tracks and the volunteer schemes.</p>"
            "<p>You can call project leader Sine Jung Gormsen on "
            '<a href="tel:+4561195831">61 19 58 31</a> or write to '
            '<a href="mailto:sjgo@lejre.dk">sjgo@lejre.dk</a>.</p>'
            "<p>Please do not send sensitive personal information about a child by ordinary "
            "e-mail. If you are worried about a child, contact Lejre Municipality directly.</p>"
        ),
    },
    {
        "key": "privacy",
        "publish_from": "2019-05-09 09:00",
        "title_da": "Privatlivspolitik",
        "title_en": "Privacy policy",
        "intro_da": (
            "Her kan du læse, hvilke oplysninger portalen gemmer om dig, hvorfor, og hvilke "
            "rettigheder du har."
        ),
        "intro_en": (
            "Here you can read what information the portal keeps about you, why, and what your "
            "rights are."
        ),
        "body_da": (
            "<h2>Dataansvarlig</h2>"
            "<p>Lejre Kommune er dataansvarlig for de personoplysninger, der behandles på "
            "portalen. Spørgsmål kan rettes til +DIG-sekretariatet på "
            '<a href="mailto:sjgo@lejre.dk">sjgo@lejre.dk</a>. Du kan også kontakte Lejre '
            "Kommunes databeskyttelsesrådgiver via kommunens hjemmeside.</p>"
            "<h2>Når du besøger portalen</h2>"
            "<p>Du kan læse alt indhold uden at oplyse noget om dig selv. Vi bruger ingen "
            "cookies til statistik, markedsføring eller sporing, og vi deler ikke data med "
            "annoncører.</p>"
            "<h2>Cookies</h2>"
            "<p>Portalen sætter kun teknisk nødvendige cookies: en sessionscookie, når du er "
            "logget ind, og en sikkerhedscookie, der beskytter formularer som login mod "
            "misbrug. De forsvinder, når du logger ud eller lukker browseren, og kræver ikke "
            "samtykke.</p>"
            "<h2>Når du har en konto</h2>"
            "<p>Har du en konto, gemmer vi din e-mailadresse og en krypteret udgave af din "
            "adgangskode. Oplysningerne bruges kun til at logge dig ind og til at sende dig "
            "beskeder om din konto. Hvis du skriver til os, gemmer vi henvendelsen, så længe "
            "det er nødvendigt for at svare dig.</p>"
            "<h2>Dine rettigheder</h2>"
            "<p>Du har ret til at få indsigt i de oplysninger, vi har om dig, og til at få dem "
            "rettet eller slettet. Du kan også gøre indsigelse mod behandlingen. Kontakt "
            "sekretariatet, hvis du vil bruge dine rettigheder. Er du utilfreds med vores "
            "behandling, kan du klage til Datatilsynet.</p>"
        ),
        "body_en": (
            "<h2>Data controller</h2>"
            "<p>Lejre Municipality is the data controller for personal data processed on the "
            "portal. Questions can be sent to the +DIG secretariat at "
            '<a href="mailto:sjgo@lejre.dk">sjgo@lejre.dk</a>. You can also contact the '
            "municipality's data protection officer via its website.</p>"
            "<h2>When you visit the portal</h2>"
            "<p>You can read all content without telling us anything about yourself. We use no "
            "cookies for statistics, marketing or tracking, and we share no data with "
            "advertisers.</p>"
            "<h2>Cookies</h2>"
            "<p>The portal sets only technically necessary cookies: a session cookie while you "
            "are logged in, and a security cookie that protects forms such as the login form "
            "against abuse. They disappear when you log out or close the browser and need no "
            "consent.</p>"
            "<h2>If you have an account</h2>"
            "<p>If you have an account, we store your e-mail address and an encrypted form of "
            "your password. We use them only to log you in and to send you messages about your "
            "account. If you write to us, we keep your message for as long as we need it to "
            "reply.</p>"
            "<h2>Your rights</h2>"
            "<p>You have the right to see the information we hold about you and to have it "
            "corrected or deleted. You may also object to the processing. Contact the "
            "secretariat to use your rights. If you are unhappy with how we handle your data, "
            "you can complain to the Danish Data Protection Agency (Datatilsynet).</p>"
        ),
    },
    {
        "key": "accessibility",
        "publish_from": "2019-05-09 09:00",
        "title_da": "Tilgængelighed",
        "title_en": "Accessibility",
        "intro_da": (
            "Portalen skal kunne bruges af alle – også hvis du bruger skærmlæser, kun "
            "tastatur eller forstørrelse."
        ),
        "intro_en": (
            "The portal should work for everyone, including people who use a screen reader, "
            "only a keyboard or magnification."
        ),
        "body_da": (
            "<h2>Vores mål</h2>"
            "<p>Vi arbejder for, at portalen lever op til WCAG 2.1 på niveau AA. Vi tester "
            "siderne med automatiske værktøjer og manuelt med tastatur og skærmlæser, når der "
            "kommer nyt indhold eller nye funktioner.</p>"
            "<h2>Den officielle tilgængelighedserklæring</h2>"
            "<p>Lejre Kommune offentliggør portalens tilgængelighedserklæring med "
            "Digitaliseringsstyrelsens værktøj WAS-Tool. Her kan du se, hvilke dele der "
            'eventuelt ikke lever op til kravene. Se erklæringerne på <a href="https://was.'
            'digst.dk">was.digst.dk</a>.</p>'
            "<h2>Oplever du et problem?</h2>"
            "<p>Hvis noget på portalen er svært at bruge eller ikke virker for dig, vil vi "
            "meget gerne høre om det. Skriv til "
            '<a href="mailto:sjgo@lejre.dk">sjgo@lejre.dk</a> og fortæl, hvilken side det '
            "drejer sig om, og hvad der gik galt. Vi svarer så hurtigt, vi kan.</p>"
            "<p>Får du ikke et tilfredsstillende svar, kan du klage til "
            "Digitaliseringsstyrelsen, som fører tilsyn med offentlige myndigheders "
            "tilgængelighed på nettet.</p>"
        ),
        "body_en": (
            "<h2>Our aim</h2>"
            "<p>We work to make the portal meet WCAG 2.1 at level AA. We test the pages with "
            "automated tools and manually with a keyboard and a screen reader whenever new "
            "content or features arrive.</p>"
            "<h2>The official accessibility statement</h2>"
            "<p>Lejre Municipality publishes the portal's accessibility statement using the "
            "Agency for Digital Government's WAS tool, where you can see any parts that do not "
            'yet meet the requirements. Find the statements at <a href="https://was.digst.dk">'
            "was.digst.dk</a>.</p>"
            "<h2>Found a problem?</h2>"
            "<p>If something on the portal is hard to use or does not work for you, we would "
            'like to know. Write to <a href="mailto:sjgo@lejre.dk">sjgo@lejre.dk</a> and tell '
            "us which page it concerns and what went wrong. We will reply as soon as we can.</p>"
            "<p>If you are not satisfied with the answer, you can complain to the Agency for "
            "Digital Government, which supervises the web accessibility of public bodies.</p>"
        ),
    },
    {
        "key": "volunteer",
        "publish_from": "2017-10-02 09:00",
        "title_da": "Bliv frivillig",
        "title_en": "Become a volunteer",
        "intro_da": (
            "Der er mange måder at give en ekstra hånd på. Som frivillig kan du gøre en stor "
            "forskel for et barn – ofte med ganske lidt tid."
        ),
        "intro_en": (
            "There are many ways to lend an extra hand. As a volunteer you can make a big "
            "difference to a child, often with very little time."
        ),
        "body_da": (
            "<h2>Bliv Læsehest</h2>"
            "<p>Som Frivillig Læsehest læser du højt for små børn i bibliotekernes boghjørner, "
            "i dagtilbud og i nye mødregrupper. Lejre Bibliotek & Arkiv giver dig en "
            "uddannelse i børnelitteratur og sprogstimulering, før du går i gang. Du behøver "
            "ingen erfaring.</p>"
            "<h2>Andre måder at hjælpe på</h2>"
            "<p>Mange foreninger i Lejre søger trænere, hjælpere og ledere, og de fleste har "
            "brug for voksne, der vil tage godt imod nye børn. Fortæl os, hvad du har lyst til, "
            "så hjælper vi dig videre.</p>"
            "<h2>Sådan kommer du i gang</h2>"
            "<ul>"
            "<li>Kontakt sekretariatet på "
            '<a href="mailto:sjgo@lejre.dk">sjgo@lejre.dk</a> eller 61 19 58 31.</li>'
            "<li>Vi tager en snak om, hvad der passer dig, og sætter dig i forbindelse med "
            "biblioteket eller en forening.</li>"
            "<li>En ansøgning direkte her på portalen er på vej.</li>"
            "</ul>"
            "<h2>Børneattest</h2>"
            "<p>Arbejder du som frivillig med børn under 15 år, skal der indhentes en "
            "børneattest, før du går i gang. Det sørger vi for sammen med dig – det kræver "
            "kun dit samtykke.</p>"
        ),
        "body_en": (
            "<h2>Become a volunteer reader</h2>"
            "<p>As a volunteer reader (Læsehest) you read aloud to young children in the "
            "libraries' book corners, in daycare and in new mothers' groups. Lejre Library & "
            "Archive trains you in children's books and language stimulation before you start. "
            "No experience needed.</p>"
            "<h2>Other ways to help</h2>"
            "<p>Many clubs in Lejre are looking for coaches, helpers and leaders, and most need "
            "adults who will welcome new children. Tell us what you would like to do and we will "
            "help you on your way.</p>"
            "<h2>How to get started</h2>"
            "<ul>"
            "<li>Contact the secretariat at "
            '<a href="mailto:sjgo@lejre.dk">sjgo@lejre.dk</a> or 61 19 58 31.</li>'
            "<li>We talk about what suits you and put you in touch with the library or a "
            "club.</li>"
            "<li>An online application right here on the portal is on its way.</li>"
            "</ul>"
            "<h2>Child protection certificate</h2>"
            "<p>If you volunteer with children under 15, a child protection certificate "
            "(børneattest) must be obtained before you start. We arrange it with you; all it "
            "takes is your consent.</p>"
        ),
    },
]
