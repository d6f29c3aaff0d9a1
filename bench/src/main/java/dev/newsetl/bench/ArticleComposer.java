package dev.newsetl.bench;

import dev.newsetl.bench.NameVariants.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invents one article from sentence templates and word lists written for this benchmark (plausible wire prose, not
 * copied from anywhere). A pure function of its random source, so article {@code i} of a seed is always the same
 * text. Names come from the dictionary in the spellings a newsroom mixes: full name first, surname after,
 * possessives with either apostrophe, ASCII spellings, acronyms after a spelled-out organization.
 */
final class ArticleComposer {

    /** What an article is about; decides which templates and how many dictionary names it uses. */
    enum Topic {
        DIPLOMACY,
        HUMANITARIAN,
        ECONOMY,
        LOCAL
    }

    /** The three input layouts of issue 2. */
    enum Shape {
        HEADLINE_CAPTION,
        LINE_PARAGRAPHS,
        HEADER_BLOCK
    }

    /** An article before it is laid out as a file. {@code caption} and {@code credit} may be null. */
    record Draft(
            String source,
            LocalDate date,
            Shape shape,
            Topic topic,
            String headline,
            String caption,
            String credit,
            List<String> paragraphs) {}

    private static final Pattern SLOT = Pattern.compile("\\{([A-Z0-9']+)}");
    private static final Pattern ACRONYM = Pattern.compile("[A-ZÇĞİÖŞÜ]{2,6}");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 2, 1);

    static final List<String> SOURCES = List.of("anadolu", "daily-sabah", "jerusalem-post", "wire");

    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("ibrahim-kalin", "head of the National Intelligence Organization"),
            Map.entry("recep-tayyip-erdogan", "the Turkish president"),
            Map.entry("khalil-al-hayya", "a senior member of the Hamas political bureau"),
            Map.entry("ali-shaath", "head of the Gaza management committee"),
            Map.entry("donald-trump", "the U.S. president"),
            Map.entry("benjamin-netanyahu", "the Israeli prime minister"),
            Map.entry("steve-witkoff", "the U.S. special envoy"),
            Map.entry("jared-kushner", "a former White House adviser"),
            Map.entry("ismail-haniyeh", "the late Hamas leader"),
            Map.entry("kyriakos-mitsotakis", "the Greek prime minister"),
            Map.entry("hakan-fidan", "the Turkish foreign minister"));

    private static final String[] DIPLOMACY = {
        "{P1}, {R1}, met {P2} in {L1} on {DAY} to discuss {ISSUE}, {GROUP} said.",
        "The talks in {L1} focused on {ISSUE} and {ISSUE2}, according to {GROUP} familiar with the meeting.",
        "{P1'} office said in a statement that {C2} was ready to host a new round of talks on {ISSUE} within {N} weeks.",
        "{O1} has not commented on the meeting, but a spokesperson told {AG} on {DAY} that the proposal was being studied.",
        "{P2} is expected to travel to {L2} later this week, where {ISSUE} will top the agenda, {AG} reported.",
        "Officials from {C1} and {C2} have held at least {N} meetings on {ISSUE} since {MONTH}, diplomatic sources said.",
        "{P1} also spoke by phone with {P2}, {R2}, and the two agreed to stay in close contact, the statement added.",
        "Analysts in {CITY} said the visit showed that {C1} wanted a larger say in {ISSUE}.",
        "The meeting came {N} days after {O1} accused {C2} of slowing down {ISSUE}.",
        "{C1'} foreign ministry said {ISSUE} could not wait for yet another round of consultations.",
        "Asked about {ISSUE}, {P1} said the details would be announced after consultations with {C2} and {C3}.",
        "According to {AG}, the delegation arrived in {L1} on {DAY} evening and left the following morning.",
        "{O2} welcomed the talks and urged all sides to avoid steps that could endanger {ISSUE}.",
        "{P2} did not take questions after the meeting, which lasted about {N} hours.",
        "Mediators from {C2} and {C3} are expected to present a written proposal on {ISSUE} by the end of {MONTH}.",
        "{P1} has visited {C1} {N} times this year, more than any other foreign official, {GROUP} noted.",
    };

    private static final String[] HUMANITARIAN = {
        "A convoy of {BIG} trucks carrying {GOODS} reached {G1} on {DAY}, {O1} said.",
        "{GROUP} in {G1} said stocks of {GOODS} would last no more than {N} days if deliveries did not increase.",
        "More than {BIG} families have been displaced in and around {G1} since {MONTH}, according to figures from {O1}.",
        "Aid groups called for the crossing at {G2} to stay open around the clock so that {GOODS} could get through.",
        "Civil defense teams in {G1} said they had answered {BIG} calls for help since {DAY}.",
        "Volunteers from {C2} set up {N} field kitchens near {G1}, serving hot meals to {BIG} people a day.",
        "Doctors at the last working hospital in {G1} said they were short of fuel, anesthetics and {GOODS}.",
        "{O1} said {N} of its staff had been unable to reach their offices in {G1} because of damaged roads.",
        "Winter rains flooded hundreds of tents in {G1} on {DAY}, soaking mattresses, blankets and {GOODS}.",
    };

    private static final String[] ECONOMY = {
        "The central bank in {C1} left its main rate unchanged at {PCT} percent on {DAY}, in line with expectations.",
        "Exports from {C1} rose {PCT} percent in {MONTH}, led by cars, machinery and textiles, trade officials said.",
        "{P1} opened a new {FACILITY} in {CITY} on {DAY}, saying it would create {BIG} jobs.",
        "Opposition lawmakers in {C1} criticized the plan, saying it had been drafted without consulting local councils.",
        "The project cost about {N} billion {CURRENCY} and was partly financed by {LENDER}.",
        "Prices of {GOODS} in {CITY} have risen by {PCT} percent since {MONTH}, a survey by the local chamber of commerce showed.",
        "Tourism revenue in {C1} reached a record in {MONTH}, with visitors from {C2} making up the largest group.",
        "Economists in {CITY} said inflation was likely to ease to about {PCT} percent by the end of the year.",
    };

    private static final String[] LOCAL = {
        "Heavy rain flooded streets in {CITY} on {DAY}, and the authorities closed {N} schools as a precaution.",
        "Forecasters said temperatures would drop to minus {N} degrees Celsius overnight in the northern districts.",
        "Ferry services between {CITY} and the islands were suspended for {N} hours because of strong winds.",
        "Shopkeepers in the old bazaar said the weather had kept customers away in one of the busiest weeks of the year.",
        "The festival in {CITY} drew about {BIG} visitors over {N} days, the organizers said on {DAY}.",
        "For a {N}-kilogram turkey, the chef recommends a dry brine of salt, sugar and black pepper two days ahead.",
        "Leftover turkey keeps for three days in the fridge, and the bones make a rich stock for winter soups.",
        "The municipality said {BIG} trees would be planted along the coastal road in {CITY} by the spring.",
        "Residents of {CITY} lined up for hours on {DAY} to see the restored mosaics, which had been in storage since {MONTH}.",
    };

    private static final String[] QUOTES = {
        "We are not asking for favors, we are asking for what was signed",
        "Nobody in this region can afford another winter like the last one",
        "The door to dialogue is open and it will stay open",
        "Our teams are working around the clock and will keep doing so",
        "We want to see trucks moving, not more meetings about trucks",
        "There is no alternative to a political solution",
        "The water came in at night and we lost everything we had",
        "We are ready to do our part, and we expect the others to do theirs",
        "This is the most important project for our city in a decade",
        "Every day of delay is paid for by civilians",
        "We do not agree on everything, but we agree that talking is better than shouting",
        "People are tired of promises, they want to see results",
        "We will not accept conditions that punish ordinary people",
        "The next few weeks will decide whether this agreement survives",
    };

    private static final String[] QUOTE_FORMS = {
        "\u201c{Q},\u201d {SPEAKER} said.",
        "{SPEAKER} told reporters: \u201c{Q}.\u201d",
        "\u201c{Q},\u201d said {CIT}.",
        "\"{Q},\" {SPEAKER} said in a televised address.",
        "\u201c{Q},\u201d {SPEAKER} added, without giving further details.",
    };

    private static final String[] HEADLINES = {
        "{P1} meets {P2} in {L1} as talks on {TOPIC} resume",
        "{P1} hosts {O1} delegation in {L1}",
        "{C1}, {C2} press for progress on {TOPIC}",
        "{P1}: {C1} will not stay silent on {TOPIC}",
        "{O1} says it is ready for next phase of {TOPIC}",
        "{P1'} visit to {C1} puts {TOPIC} back on the agenda",
        "{P2} urges {C2} to move faster on {TOPIC}",
    };

    private static final String[] HEADLINES_AID = {
        "Aid convoy reaches {G1} as {WEATHER} hits tent camps",
        "{O1} warns supplies in {G1} could run out within days",
        "Families in {G1} struggle as {WEATHER} floods shelters",
    };

    private static final String[] HEADLINES_LOCAL = {
        "Heavy {WEATHER} disrupts life in {CITY}",
        "{CITY} opens new {FACILITY} after {N} years of delays",
        "How to roast a turkey without drying it out",
        "Prices of {GOODS} climb again in {CITY}",
    };

    private static final String[] CAPTIONS = {
        "{P1} speaks to reporters in {L1}, {CAPDATE}.",
        "Trucks carrying aid wait at a crossing near {G1}, {CAPDATE}.",
        "{P1} (L) shakes hands with {P2} in {L1}, {CAPDATE}.",
        "Residents walk past damaged buildings in {G1}, {CAPDATE}.",
        "Commuters wait at a ferry terminal in {CITY}, {C1}, {CAPDATE}.",
    };

    private static final String[] CREDITS = {
        "AA Photo", "AFP Photo", "Reuters Photo", "Photo: Reuters", "AP Photo", "Getty Images", "EPA Photo",
    };

    private static final String[] ISSUES = {
        "the cease-fire",
        "the second phase of the truce",
        "the reopening of the border crossing",
        "aid deliveries",
        "the exchange of prisoners",
        "the return of displaced families",
        "reconstruction funding",
        "the international stabilization force",
        "maritime jurisdiction",
        "energy cooperation",
        "migration",
        "the handover of security duties",
        "water and electricity supplies",
        "trade and visa rules",
    };
    private static final String[] TOPICS = {
        "Gaza truce",
        "Rafah crossing",
        "aid deliveries",
        "prisoner exchange",
        "reconstruction",
        "Aegean talks",
        "energy deal",
        "migration pact",
    };
    private static final String[] GROUPS = {
        "officials",
        "diplomatic sources",
        "security sources",
        "people",
        "two officials",
        "senior officials",
        "aides",
        "local officials",
    };
    private static final String[] GOODS = {
        "flour",
        "medicine",
        "tents",
        "blankets",
        "fuel",
        "baby formula",
        "bread",
        "vegetables",
        "cooking gas",
        "drinking water",
    };
    private static final String[] FACILITIES = {
        "metro line",
        "hospital",
        "bridge",
        "port terminal",
        "solar plant",
        "desalination plant",
        "rail link",
        "library",
        "airport terminal",
    };
    private static final String[] CITIES = {
        "Izmir",
        "Bursa",
        "Antalya",
        "Trabzon",
        "Athens",
        "Thessaloniki",
        "Haifa",
        "Eilat",
        "Tel Aviv",
        "Amman",
        "Beirut",
        "Gaziantep",
        "Konya",
        "Mersin",
        "Brussels",
    };
    private static final String[] WEATHER = {"snow", "rain", "storm", "flooding", "heat"};
    private static final String[] CURRENCIES = {"liras", "euros", "dollars", "shekels"};
    private static final String[] LENDERS = {
        "a loan from a group of European banks",
        "the national development fund",
        "bonds sold to local investors",
        "a grant from the European Union",
    };
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    };
    private static final String[] NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine"};
    private static final String[] FIRST_NAMES = {
        "Mehmet", "Ayşe", "Ahmad", "Fatma", "Yusuf", "Noa", "Eleni", "Omar", "Zeynep", "Yosef", "Leyla", "Nikos",
        "Huda", "Emre", "Tamar", "Sami",
    };
    private static final String[] LAST_NAMES = {
        "Yılmaz",
        "Demir",
        "Barakat",
        "Kaya",
        "Haddad",
        "Levi",
        "Papadopoulos",
        "Şahin",
        "Nasser",
        "Cohen",
        "Öztürk",
        "Karamanlis",
        "Abu Khalil",
        "Aydın",
        "Mizrahi",
        "Çelik",
    };
    private static final String[] CITIZEN_ROLES = {
        "a shopkeeper in {CITY}", "a mother of four", "a retired teacher", "a volunteer with a local charity",
        "a truck driver", "a nurse at a field hospital", "a student", "a fisherman",
    };

    /** Dictionary places by the part they play in a sentence; a place not listed here is used as a city. */
    private static final Set<String> COUNTRY_IDS =
            Set.of("turkiye", "egypt", "israel", "united-states", "greece", "qatar", "palestine");

    private static final Set<String> GAZA_IDS = Set.of("gaza-strip", "khan-yunis", "rafah", "rafah-crossing");

    private final NameVariants names;
    private final List<Named> countries = new ArrayList<>();
    private final List<Named> gazaPlaces = new ArrayList<>();
    private final List<Named> cities = new ArrayList<>();

    ArticleComposer(NameVariants names) {
        this.names = names;
        for (Named place : names.locations()) {
            (COUNTRY_IDS.contains(place.id()) ? countries : GAZA_IDS.contains(place.id()) ? gazaPlaces : cities)
                    .add(place);
        }
        if (countries.isEmpty() || gazaPlaces.isEmpty() || cities.isEmpty()) {
            throw new IllegalStateException("the dictionary needs countries, Gaza places and cities for the corpus");
        }
    }

    /** Invents a whole article; every choice comes from {@code rnd}. */
    Draft compose(SplittableRandom rnd) {
        String source = SOURCES.get(rnd.nextInt(SOURCES.size()));
        LocalDate date = FIRST_DAY.plusDays(rnd.nextInt(365));
        Shape shape = shapeFor(source, rnd);
        int t = rnd.nextInt(100);
        Topic topic = t < 45 ? Topic.DIPLOMACY : t < 65 ? Topic.HUMANITARIAN : t < 85 ? Topic.ECONOMY : Topic.LOCAL;
        Fill fill = new Fill(rnd, date, source);

        String headline = fill.apply(
                pick(
                        rnd,
                        switch (topic) {
                            case DIPLOMACY, ECONOMY -> HEADLINES;
                            case HUMANITARIAN -> HEADLINES_AID;
                            case LOCAL -> HEADLINES_LOCAL;
                        }),
                false);
        if (rnd.nextInt(100) < 6) {
            // All-caps headlines come from some exporters; Turkish desks upper-case with Turkish rules (İ, I).
            headline = headline.toUpperCase(
                    source.equals("anadolu") && rnd.nextBoolean() ? Locale.forLanguageTag("tr") : Locale.ROOT);
        }
        String caption = null;
        String credit = null;
        if (shape == Shape.HEADLINE_CAPTION || (shape == Shape.HEADER_BLOCK && rnd.nextInt(5) == 0)) {
            caption = fill.apply(pick(rnd, CAPTIONS), false);
            credit = source.equals("anadolu") && rnd.nextInt(4) > 0 ? "AA Photo" : pick(rnd, CREDITS);
        }

        String[] pool = switch (topic) {
            case DIPLOMACY -> DIPLOMACY;
            case HUMANITARIAN -> HUMANITARIAN;
            case ECONOMY -> ECONOMY;
            case LOCAL -> LOCAL;
        };
        int paragraphs = 4 + rnd.nextInt(5);
        List<String> body = new ArrayList<>(paragraphs);
        Set<String> used = new HashSet<>();
        for (int p = 0; p < paragraphs; p++) {
            boolean quote = p > 0 && rnd.nextInt(100) < 22;
            String template = quote ? pick(rnd, QUOTE_FORMS) : fresh(rnd, pool, used);
            String text = fill.apply(template, true);
            if (!quote && rnd.nextInt(100) < 40) {
                // A second sentence: from the general diplomacy pool now and then, as real stories wander.
                String[] second = topic != Topic.LOCAL && rnd.nextInt(4) == 0 ? DIPLOMACY : pool;
                text = text + " " + fill.apply(fresh(rnd, second, used), true);
            }
            body.add(text);
        }
        return new Draft(source, date, shape, topic, headline, caption, credit, body);
    }

    /**
     * A near-duplicate of {@code original} as a second outlet or an update would publish it: same story, one
     * small edit (a figure changed, the last paragraph cut, or an update line added), possibly another folder.
     */
    Draft nearDuplicate(Draft original, SplittableRandom rnd) {
        List<String> body = new ArrayList<>(original.paragraphs());
        switch (rnd.nextInt(3)) {
            case 0 -> {
                int p = rnd.nextInt(body.size());
                body.set(p, body.get(p).replaceFirst("\\d+", String.valueOf(2 + rnd.nextInt(90))));
            }
            case 1 -> {
                if (body.size() > 3) {
                    body.remove(body.size() - 1);
                } else {
                    body.add("This story has been updated with comments from officials.");
                }
            }
            default ->
                body.add("This story was updated at " + (8 + rnd.nextInt(12)) + ":" + (10 + rnd.nextInt(50)) + " GMT.");
        }
        String source = rnd.nextBoolean() ? original.source() : SOURCES.get(rnd.nextInt(SOURCES.size()));
        return new Draft(
                source,
                original.date(),
                original.shape(),
                original.topic(),
                original.headline(),
                original.caption(),
                original.credit(),
                body);
    }

    private static Shape shapeFor(String source, SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        return switch (source) {
            case "anadolu" -> r < 60 ? Shape.HEADLINE_CAPTION : Shape.HEADER_BLOCK;
            case "daily-sabah" -> r < 90 ? Shape.HEADLINE_CAPTION : Shape.HEADER_BLOCK;
            case "jerusalem-post" -> r < 90 ? Shape.LINE_PARAGRAPHS : Shape.HEADLINE_CAPTION;
            default -> r < 70 ? Shape.HEADER_BLOCK : Shape.HEADLINE_CAPTION;
        };
    }

    /** A template this article has not used yet, when a few tries find one: stories rarely repeat a sentence. */
    private static String fresh(SplittableRandom rnd, String[] options, Set<String> used) {
        String template = pick(rnd, options);
        for (int tries = 0; tries < 6 && !used.add(template); tries++) {
            template = pick(rnd, options);
        }
        return template;
    }

    private static String pick(SplittableRandom rnd, String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    /**
     * Fills template slots for one article, remembering who was already named: a person's first body mention is
     * the full name, later ones the surname; an organization spelled out once may come back as its acronym.
     */
    private final class Fill {
        private final SplittableRandom rnd;
        private final LocalDate date;
        private final Named[] persons = new Named[2];
        private final Named[] countries = new Named[3];
        private final Named[] cities = new Named[2];
        private final Named[] gaza = new Named[2];
        private final Named[] organizations = new Named[2];
        private final Map<String, String> fullSpelling = new HashMap<>();
        private final Map<String, Boolean> mentioned = new HashMap<>();
        private final Named agency;

        Fill(SplittableRandom rnd, LocalDate date, String source) {
            this.rnd = rnd;
            this.date = date;
            distinct(names.persons(), persons);
            distinct(ArticleComposer.this.countries, countries);
            distinct(ArticleComposer.this.cities, cities);
            distinct(gazaPlaces, gaza);
            distinct(names.organizations(), organizations);
            Named ag = names.agencies().isEmpty()
                    ? null
                    : names.agencies().get(rnd.nextInt(names.agencies().size()));
            if (source.equals("anadolu")) {
                for (Named a : names.agencies()) {
                    if (a.id().equals("anadolu-agency")) {
                        ag = a;
                    }
                }
            }
            this.agency = ag;
        }

        private void distinct(List<Named> from, Named[] into) {
            for (int i = 0; i < into.length; i++) {
                Named candidate;
                int tries = 0;
                do {
                    candidate = from.get(rnd.nextInt(from.size()));
                } while (contains(into, i, candidate) && ++tries < 8);
                into[i] = candidate;
            }
        }

        private static boolean contains(Named[] array, int upTo, Named candidate) {
            for (int i = 0; i < upTo; i++) {
                if (array[i] == candidate) {
                    return true;
                }
            }
            return false;
        }

        /** {@code body} false: caption and headline, which name people in full and leave the body's state alone. */
        String apply(String template, boolean body) {
            Matcher m = SLOT.matcher(template);
            StringBuilder out = new StringBuilder(template.length() + 64);
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(slot(m.group(1), body)));
            }
            m.appendTail(out);
            if (Character.isLowerCase(out.charAt(0)) && !out.toString().startsWith("al-")) {
                out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
            }
            return out.toString();
        }

        /** "the United States", "the Gaza Strip", "the Rafah crossing"; plain names stay bare (Egypt, Gaza). */
        private static String placeWithArticle(String place) {
            return place.startsWith("United ")
                            || place.startsWith("State of")
                            || place.startsWith("Republic")
                            || place.startsWith("Hellenic")
                            || place.startsWith("Arab ")
                            || place.endsWith("Strip")
                            || place.endsWith("strip")
                            || place.contains("rossing")
                            || place.endsWith("Gate")
                    ? "the " + place
                    : place;
        }

        /** "the European Union", "the National Committee ..."; acronyms and one-word names go bare (Hamas, NATO). */
        private static String withArticle(String organization) {
            return organization.indexOf(' ') > 0 && !organization.contains("'s ")
                    ? "the " + organization
                    : organization;
        }

        private String slot(String slot, boolean body) {
            boolean possessive = slot.endsWith("'");
            String key = possessive ? slot.substring(0, slot.length() - 1) : slot;
            String value = switch (key) {
                case "P1" -> person(persons[0], body);
                case "P2" -> person(persons[1], body);
                case "R1" -> role(persons[0]);
                case "R2" -> role(persons[1]);
                case "C1" -> placeWithArticle(location(countries[0]));
                case "C2" -> placeWithArticle(location(countries[1]));
                case "C3" -> placeWithArticle(location(countries[2]));
                case "L1" -> location(cities[0]);
                case "L2" -> location(cities[1]);
                case "G1" -> placeWithArticle(location(gaza[0]));
                case "G2" -> location(gaza[1]);
                case "O1" -> withArticle(organization(organizations[0], body));
                case "O2" -> withArticle(organization(organizations[1], body));
                case "AG" -> agency == null ? "local media" : organization(agency, body);
                case "SPEAKER" -> rnd.nextBoolean() ? person(persons[0], body) : person(persons[1], body);
                case "CIT" -> citizen();
                case "Q" -> pick(rnd, QUOTES);
                case "DAY" -> pick(rnd, DAYS);
                case "MONTH" -> pick(rnd, MONTHS);
                case "N" -> rnd.nextBoolean() ? pick(rnd, NUMBER_WORDS) : String.valueOf(2 + rnd.nextInt(11));
                case "BIG" -> String.format(Locale.ROOT, "%,d", 100 + rnd.nextInt(20_000));
                case "PCT" -> (1 + rnd.nextInt(60)) + "." + rnd.nextInt(10);
                case "ISSUE", "ISSUE2" -> pick(rnd, ISSUES);
                case "TOPIC" -> pick(rnd, TOPICS);
                case "GROUP" -> pick(rnd, GROUPS);
                case "GOODS" -> pick(rnd, GOODS);
                case "FACILITY" -> pick(rnd, FACILITIES);
                case "CITY" -> pick(rnd, CITIES);
                case "WEATHER" -> pick(rnd, WEATHER);
                case "CURRENCY" -> pick(rnd, CURRENCIES);
                case "LENDER" -> pick(rnd, LENDERS);
                case "CAPDATE" -> captionDate();
                default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
            };
            return possessive ? NameVariants.possessive(value, rnd) : value;
        }

        private String person(Named person, boolean body) {
            String full = fullSpelling.computeIfAbsent(person.id(), id -> NameVariants.spell(person, rnd));
            if (!body) {
                return full;
            }
            if (mentioned.put(person.id(), Boolean.TRUE) == null) {
                return full;
            }
            return NameVariants.surname(full);
        }

        private String role(Named person) {
            return ROLES.getOrDefault(person.id(), "a senior official");
        }

        private String location(Named location) {
            // One spelling per article, with an occasional switch (Türkiye in one paragraph, Turkey in the next).
            String spelling = fullSpelling.computeIfAbsent(location.id(), id -> NameVariants.spell(location, rnd));
            return rnd.nextInt(10) == 0 ? NameVariants.spell(location, rnd) : spelling;
        }

        private String organization(Named org, boolean body) {
            String acronym = null;
            for (String alias : org.aliases()) {
                if (ACRONYM.matcher(alias).matches()) {
                    acronym = alias;
                    break;
                }
            }
            if (!body) {
                return fullSpelling.computeIfAbsent(org.id(), id -> NameVariants.spell(org, rnd));
            }
            if (mentioned.put(org.id(), Boolean.TRUE) == null) {
                String full = fullSpelling.computeIfAbsent(org.id(), id -> NameVariants.spell(org, rnd));
                return acronym != null && !full.equals(acronym) && rnd.nextBoolean()
                        ? full + " (" + acronym + ")"
                        : full;
            }
            return acronym != null && rnd.nextBoolean()
                    ? acronym
                    : fullSpelling.computeIfAbsent(org.id(), id -> NameVariants.spell(org, rnd));
        }

        private String citizen() {
            String name = pick(rnd, FIRST_NAMES) + " " + pick(rnd, LAST_NAMES);
            String role = pick(rnd, CITIZEN_ROLES).replace("{CITY}", pick(rnd, CITIES));
            return name + ", " + role;
        }

        private String captionDate() {
            String month = MONTHS[date.getMonthValue() - 1];
            String shortMonth = month.length() <= 4 ? month : month.substring(0, 3) + ".";
            return (rnd.nextBoolean() ? shortMonth : month) + " " + date.getDayOfMonth() + ", " + date.getYear();
        }
    }
}
