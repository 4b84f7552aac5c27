package bot

import (
	"slices"
	"sort"
	"strings"

	"github.com/careerbot/careerbot/knowledge"
)

// role is what a word of a question does when it is not part of a career's
// name. One word may do several things: "pay" asks about pay and, with no
// career named, ranks careers by pay.
type role struct {
	intent    string            // the kind of question it signals
	fields    []knowledge.Field // the figures it asks for
	separator bool              // separates the careers of a comparison (vs, or, and)
	stop      bool              // says nothing by itself (a, the, of)
	rank      int               // +1 highest/most, -1 lowest/least
	// ranksOnlyAcross: the rank counts only when no career is named ("jobs
	// that pay well" ranks; "do nurses make good money" asks their pay).
	ranksOnlyAcross bool
	// order: rank is an order said outright ("lowest to highest"), over
	// any other rank word ("ranked by pay").
	order         bool
	level         string          // a typical entry education ("Master's degree")
	noDegree      bool            // "without a college degree": below a bachelor's
	noExperience  bool            // "with no experience": no work experience needed to enter
	upToAssociate bool            // "without a bachelor's": an associate's degree counts
	under         string          // with noDegree: the level not needed ("without a master's"), "" for a bachelor's
	groups        []string        // SOC major groups ("29" healthcare practitioners)
	talk          string          // small talk: hello, thanks, joke, weather, bye, who
	pct           knowledge.Field // a wage percentile ("top 10%" → the 90th)
	declining     bool            // "declining": growth ranked lowest first
	unsourced     string          // a topic no source covers: "stress", "danger"
	remark        string          // what the sources say of a word asked besides ("with tips": OEWS counts them)
	period        payPeriod       // pay asked by a period BLS does not publish ("a month")
	employer      bool            // a company (see employerJobs)
	exclude       bool            // the career after it is left out of a ranking ("jobs besides nursing")
}

// vocabulary is the one table of the words questions are made of besides
// career names. Each line lists phrases (separated by |) and their role;
// phrases are normalised as names are (knowledge.Tokens), so "pays" and
// "pay", "does" and "do" are alike. Longer phrases win over shorter ones.
// sectorPhrases say who employs someone, government or private ("state
// prison", "for the county"): pay by sector, which no source here gives,
// and no ranking of states.
const sectorPhrases = "state govt|state government|state gov|state agency|state agencies|federal government|federal govt|local government|local govt|county government|city government|in government|for the government|government jobs|public sector|private sector|for the state|for a state|state dot|for the city|for the county|state prison|state prisons|state hospital|state university|state college|state park|state parks|state job|state jobs|state employee|state employees|state worker|state workers|state police|federal prison|county jail"

var vocabulary = []struct {
	phrases string
	role    role
}{
	// Separators between the careers of a comparison.
	{"vs|v|versus|or|and|than|against|to|compared to|compared with|compare to|compare with|vs or", role{separator: true}},

	// Intents.
	{"compare|comparison|difference|differences|different|better|pay more|pays more|earn more|earns more|make more|makes more|paid more|which one|which is|should i choose|or should", role{intent: intentCompare}},
	{"salary|salaries|pay|paying|paid|earn|earns|earning|earnings|wage|wages|income|money|compensation|comp|total comp|how much|make|makes|making|paycheck|paychecks|take home|pull in|pulls in|bring in|brings in|bring home|brings home|rake in|dollar|dollars|bucks|usd|what is that worth|what's that worth|whats that worth|what is that job worth|what's that job worth|whats that job worth|what is it worth|what's it worth|whats it worth|what is the job worth|what's the job worth|daily pay|same day pay|instant pay|paid daily|market rate|market value|going rate|fair pay|fair salary|fair wage|worth on the market|make bank|makes bank|making bank|rake it in|rakes it in|raking it in", role{intent: intentPay}},
	{"hourly|per hour|an hour|a hour|hourly rate|hourly wage|hourly pay|per hr|an hr|a hr|by the hour", role{intent: intentPay, fields: fs(knowledge.FieldHourlyRate, knowledge.FieldMedianHourly, knowledge.FieldHourlyRange80)}},
	{"range|salary range|pay range|wage range", role{intent: intentPay, fields: fs(knowledge.FieldSalaryRange, knowledge.FieldWageRange80, knowledge.FieldWageRange50)}},
	{"percentile|percentiles", role{intent: intentPay, fields: payPercentiles}},
	{"median|median salary|median pay|median wage", role{intent: intentPay, fields: fs(knowledge.FieldMedianAnnual, knowledge.FieldMedianHourly)}},
	{"mean|mean salary|mean wage|average salary|average pay|average wage|average income|avg salary|avg pay|avg wage|avg income|avg salaries|on average|earn on average|make on average", role{intent: intentPay, fields: fs(knowledge.FieldMeanAnnual, knowledge.FieldMeanHourly, knowledge.FieldYearlySalary)}},
	{"top tenth|highest tenth|top ten percent|the top ten percent|top 10 pct|top ten pct|highest paid 10 percent|highest paid 10%|highest earning 10%|highest earning 10 percent|top earning 10%|top earning 10 percent|best paid 10%|best paid 10 percent|top paid 10%|top paid 10 percent|highest earning tenth|top 10%|top 10 percent|top earners|high end|high end pay|upper end|top end|top of the range|highest earners|highest paid|90th percentile|best paid|top earning|highest earning|top-earning", role{intent: intentPay, pct: knowledge.FieldAnnual90}},
	{"fresh out of college|bottom ten percent|the bottom ten percent|lowest ten percent|entry pay|entry wage|entry salary|entry level wage|right out of college|straight out of college|out of college|out of school|new graduate|recent graduate|recent grad|fresh grad|at the bottom|bottom earners|lowest earners|how little|bottom 10%|bottom 10 percent|lowest paid 10 percent|lowest paid 10%|lowest earning 10%|lowest earning 10 percent|worst paid 10%|worst paid 10 percent|lowest 10 percent|lowest 10%|bottom tenth|lowest tenth|10th percentile|entry level|entry level pay|entry level salary|starting salary|starting pay|low end|low end pay|lower end|bottom end|bottom of the range|start|starting|starting out|start out|just starting|beginner|new grad|first year|first-year|1st year|their first year|your first year|my first year|first year out|year one|rookie|rookies|trainee|newbie|newbies|just out of school", role{intent: intentPay, pct: knowledge.FieldAnnual10}},
	{"top 25%|top quarter|75th percentile", role{intent: intentPay, pct: knowledge.FieldAnnual75}},
	{"bottom 25%|bottom quarter|25th percentile", role{intent: intentPay, pct: knowledge.FieldAnnual25}},
	{"where|location|locations", role{intent: intentWhere}},
	// "a job where i can help people find jobs": where the job is one of
	// a kind, no place asked.
	{"job where|jobs where|career where|careers where|field where|position where|role where|work where", role{stop: true}},
	{"best paying|highest paying|pay best|pay the most|paid the most|get paid the most|pay most|top paying|better paying|most paid|most money|most lucrative|lucrative|high paying|high paid", role{intent: intentWhere, rank: +1}},
	// Paying well, said of one career ("do tattoo artists make good money"),
	// asks its pay; of careers at large ("jobs that pay well"), a ranking.
	{"best money|most money|biggest paychecks|biggest paycheck|biggest pay|ranked by salary|ranked by pay|by salary|sorted by pay|sorted by salary|sort by pay|sort by salary|ordered by pay|ordered by salary|order by pay|by pay|top salaries among|highest salaries among|top pay among|best pay among|top paid among|best paid among|highest paid among|top earners among", role{intent: intentPay, rank: +1}},
	{paysWellPhrases, role{intent: intentPay, rank: +1, ranksOnlyAcross: true}},
	{"lowest paying|worst paying|crappy pay|lousy pay|bad pay|poor pay|crappy paying|pay the least|paid the least|least paid|least money|cheapest|cheapest paid|cheapest paying|lowest paid", role{intent: intentWhere, rank: -1}},
	// An order said outright outweighs "ranked by pay" ("… ranked by pay
	// lowest to highest").
	{"lowest to highest|low to high|least to most|smallest to largest|worst to best|lowest first|in ascending order|ascending", role{intent: intentWhere, rank: -1, order: true}},
	{"highest to lowest|high to low|most to least|largest to smallest|best to worst|highest first|in descending order|descending", role{intent: intentWhere, rank: +1, order: true}},
	{"city|cities", role{intent: intentWhere, fields: fs(knowledge.FieldCity)}},
	{"state|states", role{intent: intentWhere, fields: fs(knowledge.FieldState)}},
	{"company|companies|employer|employers", role{intent: intentWhere, fields: fs(knowledge.FieldCompany)}},
	{"industry|industries", role{intent: intentWhere, fields: fs(knowledge.FieldIndustry)}},
	// Judgement words and papers, no careers: "$45k for a social worker,
	// good or bad", "my offer letter says".
	{"good or bad|bad or good|good or not|fair or not|offer letter|offer letters|job offer|job offers", role{stop: true}},
	// A kind of person, not a career's "Person": "careers for an artistic
	// person" (the interest is read from the words).
	{"artistic person|creative person|social person|investigative person|enterprising person|conventional person|realistic person|analytical person|organized person|outgoing person|people person|practical person|hands on person|introverted person|extroverted person|curious person|logical person|caring person", role{stop: true}},
	// What one likes doing, no career's name: "i like being in charge and
	// leading teams" (the interest is read from the words).
	{"in charge|being in charge|leading teams|lead teams|leading a team|leading people|managing people|being the boss", role{stop: true}},
	// What draws one to a field, no career's name: "i'm interested in
	// trucking" asks of its jobs (qa99 C06).
	{"interested in|interested|passionate about|passionate|curious about", role{stop: true}},
	{"trying to|try to|tryna|attempting to|hoping to|i should avoid|should i avoid|to avoid|i should stay away from|to stay away from", role{stop: true}},
	// A comparison's gap in percent, which it says: "how much more do
	// dentists make than dental hygienists, percentage-wise".
	{"percentage wise|percentagewise|percent wise|percentwise|in percentage terms|in percent terms|as a percentage|as a percent|in percentage|in percent", role{stop: true}},
	// Which occupation a job is, officially: the answer's reading says it
	// ("closest official" is no sports official).
	{"official job category|closest official job category|closest official category|official category|official occupation|closest official occupation|official title|official job title|official name|closest official title|official classification|soc code|soc category", role{stop: true}},
	// Asking to be told, not what a job must know: "i want to know the
	// growth", "let me know the salary".
	{"want to know|wanna know|wanted to know|would like to know|i'd like to know|id like to know|like to know|love to know|curious to know|interested to know|let me know|do you know|you know|dont know|don't know|do not know|know about|to know about", role{stop: true}},
	{"core skills|core skill|skillset|skill set|skillsets|skill|skills|abilities|ability|competencies|competency|know|learn|good at|top skills|top skill|best skills|key skills|main skills|most important skills|top 3 skills|top 5 skills|top three skills|top five skills|most common skills|common skills|most needed skills|most wanted skills|most useful skills|best skill|important to be a good|takes to be a good|take to be a good|makes a good|make a good|qualities do you need|qualities of a good|traits", role{intent: intentSkills}},
	{"degree|degrees|higher degree|the higher degree|more education|less schooling|less school|fewer years of school|education|educational|qualification|qualifications|requirements|schooling|school", role{intent: intentEducation, fields: fs(knowledge.FieldDegree, knowledge.FieldTypicalEducation, knowledge.FieldMajor, knowledge.FieldCollege, knowledge.FieldWorkExperience, knowledge.FieldJobTraining, knowledge.FieldJobZone)}},
	{"extra years|extra school|extra schooling|extra training|extra education|more school|more schooling|how many years|how many years of school|years of school|years of college|years of schooling|years of training", role{intent: intentEducation, fields: fs(knowledge.FieldYearsToBecome, knowledge.FieldTypicalEducation, knowledge.FieldDegree, knowledge.FieldWorkExperience, knowledge.FieldJobTraining, knowledge.FieldJobZone)}},
	{"license|licence|licensed|licensing|licensure|exam|exams|credential|credentials|certifications|certification required|certification needed|certs|cert|be certified|get certified|getting certified|become certified|certified to", role{intent: intentEducation, unsourced: "licenses and certifications", fields: fs(knowledge.FieldTypicalEducation, knowledge.FieldDegree, knowledge.FieldWorkExperience, knowledge.FieldJobTraining, knowledge.FieldJobZone)}},
	// No source lists majors; what to study is the subjects O*NET rates
	// most important (withSubjects).
	{"coursework|course work|subject|subjects|what subjects|which subjects|school subjects|study|studies|major|majors|should i major|major in|what major|which major|best major|what to major", role{intent: intentEducation, fields: fs(knowledge.FieldMajor, knowledge.FieldDegree, knowledge.FieldTypicalEducation)}},
	{"college|colleges|university|universities", role{intent: intentEducation, fields: fs(knowledge.FieldCollege)}},
	// "do I need college to be a pilot": the education, not which college.
	{"need college|need to go to college|go to college|college required|require college|requires college", role{intent: intentEducation, fields: fs(knowledge.FieldTypicalEducation, knowledge.FieldDegree, knowledge.FieldWorkExperience, knowledge.FieldJobTraining, knowledge.FieldJobZone)}},
	// Training at large is the way in (education, then experience and
	// training); on the job training alone is the one field.
	{"training|what training|training do|training needed|training required", role{intent: intentEducation, fields: fs(knowledge.FieldTypicalEducation, knowledge.FieldWorkExperience, knowledge.FieldJobTraining)}},
	{"on the job training", role{intent: intentEducation, fields: fs(knowledge.FieldJobTraining)}},
	// The education to enter a career, not its entry-level pay.
	{"entry level education|entry level degree|entry level requirements|entry education|typical education|typical entry education|typical entry level education|education to enter|education needed to enter|education required to enter|education for entry", role{intent: intentEducation, fields: fs(knowledge.FieldTypicalEducation, knowledge.FieldDegree, knowledge.FieldWorkExperience, knowledge.FieldJobTraining)}},
	{"job zone|the job zone|how much preparation|what preparation|preparation needed|preparation does|much preparation|level of preparation|amount of preparation|what's the job zone|whats the job zone|what is the job zone|which job zone|what job zone|job zones", role{intent: intentEducation, fields: fs(knowledge.FieldJobZone)}},
	{"good time to become|good time to get into|good time to go into|good time to be|bad time to become|bad time to get into|good time to start|good idea to become|smart move to become", role{intent: intentOutlook, fields: fs(knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth, knowledge.FieldJobs, knowledge.FieldAnnualOpenings, knowledge.FieldEmployment2024, knowledge.FieldEmployment2034, knowledge.FieldProjectionNote)}},
	{"growth|growing|grow|outlook|job market|the job market|how competitive|competitive|competition|competition for jobs|hard to find a job|hard to get hired|rise|rises|rising|will rise|future|demand|in demand|shortage|shortages|a shortage|shortage of|short of|understaffed|prospects|job outlook|growing faster|grows faster|grow faster|growing slower|grows slower|going forward|in 10 years|in ten years|in the future|still hire|still hiring|still a thing|still around|still exist|still exists|still needed|still in demand|going away|going extinct|obsolete|dying out|a dying job|a dying career|a dying field|dying job|dying career|dying field|replaced by ai|replaced by robots|taken over by ai", role{intent: intentOutlook, fields: fs(knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth, knowledge.FieldJobs, knowledge.FieldAnnualOpenings, knowledge.FieldEmployment2024, knowledge.FieldEmployment2034, knowledge.FieldProjectionNote)}},
	// "other names for it": what the answer lists (routeMore reads them),
	// no career named "name".
	{otherNames, role{stop: true}},
	// "how fast is it growing", "how quickly can i become an rn": how the
	// rest asks, no fast food and no ranking.
	{"how fast|how quickly|how rapidly|how soon", role{stop: true}},
	// Going into a career: "what education do you need to enter nursing"
	// asks of nurses, not of a Nursing Center Tutor.
	{"enter|to enter|entering|break into|breaking into", role{stop: true}},
	// A list asked for: "name the 5 best paid occupations".
	{"name the|name some|name a few|name three|name five|name ten|name 3|name 5|name 10|name any", role{stop: true}},
	// An aside's label, no career: "Note: plumbers vs electricians" ("PS"
	// stays: O*NET lists it for a paramedic).
	{"note|side note|quick note|nb|n b", role{stop: true}},
	// How soon: "i need a job asap".
	{"asap|as soon as possible", role{stop: true}},
	// Jobs at large ("sales positions ranked by salary"), not the
	// position classifiers whose titles hold the word.
	{"positions|position|job positions|open positions", role{stop: true}},
	// A car's remote starter is no remote work.
	{"remote start|remote starter|remote starters|remote starts", role{stop: true}},
	// What a group of occupations is called after its name ("jobs in the
	// business and financial group": see groupWordsKnown).
	{"occupation group|occupational group|job group|job family|job category|job categories|career group|career category", role{stop: true}},
	// Percentiles said as ordinals alone: "salary range for nurses 10th
	// to 90th" (a range is asked by its words).
	{"10th|25th|50th|75th|90th|10th to 90th|25th to 75th", role{stop: true}},
	{"growth rate|projected growth", role{intent: intentOutlook, fields: fs(knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth)}},
	{"growing fast|grow fast|grows fast|are growing fast|growing quickly|growing rapidly|fast growing|fast-growing|rapidly growing|quickly growing|grows fastest|grow fastest|grows the fastest|grow the fastest|growing fastest|fastest growing|fastest growth|expanding quicker|expanding fastest|growing quicker|grows quicker", role{intent: intentOutlook, rank: +1, fields: fs(knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth)}},
	// Jobs gained or lost in number, not in percent.
	{"gain the most|gains the most|gain most|will gain the most|gain the most jobs|most new jobs|add the most jobs|adds the most jobs|adding the most jobs|add the most|most job growth|most jobs added|most new positions|biggest job gains|largest job gains|most jobs gained", role{intent: intentOutlook, rank: +1, fields: fs(knowledge.FieldEmploymentChange)}},
	// The jobs gained of one career: "how many new jobs will there be for
	// home health aides by 2034".
	{"new jobs|new job|jobs added|jobs will be added|job will be added|jobs be added|will be added|added jobs|jobs gained|jobs will it add|jobs will they add|jobs added by 2034|new positions", role{intent: intentOutlook, fields: fs(knowledge.FieldEmploymentChange, knowledge.FieldGrowthRate)}},
	{"lose the most jobs|lose the most|lose most jobs|will lose the most|losing the most jobs|losing the most|shed the most jobs|shed the most|most jobs lost|biggest job losses|largest job losses|most job losses|lose the most workers", role{intent: intentOutlook, rank: -1, fields: fs(knowledge.FieldEmploymentChange)}},
	{"slow growing|slow-growing|slowest growing|slowest-growing|growing slowly|grow slowly|grows slowly|growing slow|grow slow|grows slow|slowest growth|grow the slowest|grows the slowest|growing the slowest", role{intent: intentOutlook, rank: -1, fields: fs(knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth)}},
	{"projections|projection|projected|employment projections|employment projection|job projections|job projection|employment outlook", role{intent: intentOutlook, fields: fs(knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth, knowledge.FieldJobs, knowledge.FieldAnnualOpenings, knowledge.FieldEmployment2024, knowledge.FieldEmployment2034, knowledge.FieldProjectionNote)}},
	{"growing or shrinking|growing or declining|shrinking or growing|declining or growing|growing or dying|going up or down|more or fewer|fewer or more|expanding or contracting|contracting or expanding|contracting|expanding|expand|expands|expansion|growing quicker|growing faster|percent change|% change|projected change|employment change|change in employment|projected percent change|brighter future|better future|more future|bright future|future proof|future-proof|job security", role{intent: intentOutlook, fields: fs(knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth, knowledge.FieldJobs, knowledge.FieldAnnualOpenings, knowledge.FieldEmployment2024, knowledge.FieldEmployment2034, knowledge.FieldProjectionNote)}},
	{"declining|shrinking|projected decline|projected declines|job decline|jobs decline|decline in jobs|decline the most|declines the most|in decline|steepest decline|steepest declines|sharpest decline|biggest decline|largest decline|fastest decline|most decline|losing jobs|losing|lose jobs|will lose|shed jobs|shedding jobs|dying|dying out|disappearing|going away|going extinct|on the way out|disappear|disappears|go away|die out|dies out|go extinct", role{intent: intentOutlook, declining: true, rank: -1}},
	{"fewest workers|fewest jobs|fewest people|fewest employees|fewest employed|least workers|least employed|least common|least common job|least common jobs|rarest|rarest job|rarest jobs|smallest occupation|smallest occupations", role{intent: intentOutlook, rank: -1, fields: fs(knowledge.FieldJobs, knowledge.FieldEmployment)}},
	{"employ the most people|employs the most people|employ the most workers|employs the most workers|employ the most americans|more jobs|more workers|more people employed|more employed|employs more|employ more|bigger workforce|larger workforce|most jobs|most job|most employed|most workers|most people|largest number of jobs|most employees|most common job|most common jobs|most common occupation|most common occupations|largest occupation|largest occupations|biggest occupation|biggest occupations|biggest jobs|largest jobs|most popular jobs|most popular occupations|by number of workers|by the number of workers|by number of people|by the number of people|by number of employees|by headcount", role{intent: intentOutlook, rank: +1, fields: fs(knowledge.FieldJobs, knowledge.FieldEmployment)}},
	{"how many|number of jobs|number of|workforce|biggest workforce|largest workforce|size of the workforce|how many jobs|employed|employment|how many people|headcount|head count|employ|employs|employing|employ the most|employs the most", role{intent: intentOutlook, fields: fs(knowledge.FieldJobs, knowledge.FieldEmployment)}},
	{"openings|opening|job openings|job opening|openings each year|job openings each year|hiring|vacancies|open up|opens up|opening up|come open|jobs open|job open|positions open|open each year|open a year|open per year|open every year|open annually|open up each year|open up every year|open up a year|become available|come up each year|come up every year|available each year|available every year", role{intent: intentOutlook, fields: fs(knowledge.FieldAnnualOpenings, knowledge.FieldJobs)}},
	{"most job openings|most openings|most job opening|most hiring|most vacancies|most job vacancies", role{intent: intentOutlook, rank: +1, fields: fs(knowledge.FieldAnnualOpenings, knowledge.FieldJobs)}},
	{"satisfaction|satisfied|happy|happiest|job satisfaction", role{intent: intentOutlook, fields: fs(knowledge.FieldSatisfaction)}},
	{"age|old|young|average age", role{intent: intentProfile, fields: fs(knowledge.FieldAge)}},
	{"experience|years of experience", role{intent: intentProfile, fields: fs(knowledge.FieldExperience, knowledge.FieldWorkExperience)}},
	{"no experience|with no experience|without experience|without any experience|zero experience|no work experience|no prior experience|no experience needed|no experience required|no previous experience", role{noExperience: true}},
	{"how long|take to become|years to become|long to become|longer to train|longer to train for|long to train|long to train for|takes longer to learn|longer to get into|time to train|training takes longer|how fast can i become|how quickly can i become|how soon can i become|how fast can you become|how quickly can you become|how soon can you become|how fast can i be|how quickly can i be", role{intent: intentProfile, fields: fs(knowledge.FieldYearsToBecome, knowledge.FieldTypicalEducation, knowledge.FieldExperience, knowledge.FieldWorkExperience, knowledge.FieldJobTraining, knowledge.FieldJobZone)}},
	// The way in: education, then experience and training.
	{"get started|getting started|get started in|start in|best major|best major for|what major|which major|best degree|best degree for|steps to becoming|steps to becoming a|steps to join|how to join|how do i join|how do you join|steps to get into|apprenticeship|apprenticeships|apprentice program|usual route|the usual route|route|routes|pathway|pathways|how would i become|how could i become|how should i become|how would you become|become one|becoming one|how do i become|how to become|how can i become|hard to become|difficult to become|easy to become|hard to be|how do you become|how does one become|steps to become|path to become|what does it take to become|requirements to become|get into|break into|break in|breaking in|breaking into|take to break in|to become|need to become|needed to become|need to do to become|qualified to become|what do you need to be|what do i need to be|what does one need to be|what do you need to do to be|what do i need to do to be|what does it take to be|what would it take to be|what will it take to be|requirements to be|qualifications to be|qualified to be", role{intent: intentEducation, fields: fs(knowledge.FieldTypicalEducation, knowledge.FieldYearsToBecome, knowledge.FieldDegree, knowledge.FieldMajor, knowledge.FieldWorkExperience, knowledge.FieldExperience, knowledge.FieldJobTraining, knowledge.FieldJobZone)}},
	{"gender|women|men|female|male|gender ratio|how many women|how many men", role{intent: intentProfile, fields: fs(knowledge.FieldGenderRatio)}},
	{"race|racial|ethnicity|diversity|diverse|race ratio", role{intent: intentProfile, fields: fs(knowledge.FieldRaceRatio)}},
	{"lgbt|lgbtq|lgbt share", role{intent: intentProfile, fields: fs(knowledge.FieldLGBT)}},
	{"demographics|demographic|who are", role{intent: intentProfile}},
	{"what do|what doe|day look like|their day look like|what their day looks like|whats the work|what s the work|what is the work|whats a|whats an|what exactly is|what exactly is a|what exactly is an|what exactly are|whats exactly|what is exactly|what really is|what's a|what's an|what's the job|whats the job|what is the job|what is that job|what's that job|whats that job|what is this job|the job of|explain|explain what|what do they handle|what they handle|what do they deal with|what's involved|whats involved|do all day|describe|description|responsibilities|responsibility|duties|duty|tasks|task|job description|what is|what are|day to day|daily tasks|daily duties|daily work|daily routine|do daily|does daily|daily basis|involve|involves|what kind of work|what exactly do|what exactly doe|what exactly does|what they do|what do they do|what they do all day|their role|the role|its role|role of|explained|explain it|eli5|like im 5|like im five|in simple terms|in plain english|in layman s terms|what exactly do", role{intent: intentDescribe}},
	{"rank|ranking|ranked|list of|sorted by|ordered by", role{intent: intentRank, rank: +1}},
	{"most|highest|best|top|fastest|largest|biggest|greatest|maximum|max|quickest|most quickly|single highest|single best|single most|single top", role{intent: intentRank, rank: +1}},
	{"least|lowest|worst|slowest|smallest|fewest|minimum|bottom|single lowest|single worst|single least", role{intent: intentRank, rank: -1}},
	{"need|needs|needing|require|requires|requiring|required|use|uses|using|with", role{intent: intentBySkill}},
	{"other jobs|other job|other careers|other career|other work|close to|close to it|closest to|careers close|jobs close|similar|related|alternative|alternatives|else|instead|like it|like that|like them", role{intent: intentRelated}},
	{"list|all careers|which careers|what careers|careers do you know|jobs do you know|every career|what do you know|which jobs do you know|what jobs do you know|occupations do you know|occupations do you know about|careers do you know about|jobs do you know about|careers do you have|jobs do you have|occupations do you have|careers are in your database|jobs are in your database|occupations are in your database|careers in your database|jobs in your database|occupations in your database|careers can you answer|jobs can you answer|do you have data on|you have data on|have data for|you have data for|are in your database|in your database|in the database|your database|data on", role{intent: intentList}},
	{"help|commands|usage|what topics|which topics|topics|what are you good for|what r you good for|what are you good at|what you good for|what can you do|what kinda stuff|what kind of stuff|what stuff can you|kinda stuff can you|how do i use|how does this work|how does this thing work|how does this bot work|how does it work|how do i use this|how to use this|how to use you|what can i ask|examples|are you able to|can you compare|able to compare|are you able", role{intent: intentHelp}},

	// Education filters for rankings.
	{"high school|high school diploma|ged|diploma|hs|hs diploma|hs grad|hs grads|hs graduate|hs only|just hs|only hs|finished high school|graduated high school|graduated from high school|high school grad|high school grads|high school graduate|high school graduates|high school only|only high school|just high school|high school education|finished school", role{level: "High school diploma or equivalent"}},
	{"no bachelors|no bachelor|no bachelor's|without a bachelors|without a bachelor's|without a bachelor|no 4 year degree|no four year degree|less than a bachelor's|less than a bachelors|below a bachelor's|below a bachelors", role{noDegree: true, upToAssociate: true}},
	{"no masters|no master's|no master|without a masters|without a master's|without a master|without a masters degree|without a master's degree|less than a master's|less than a masters|below a master's|below a masters", role{noDegree: true, under: "Master's degree"}},
	{"no doctorate|no doctoral|no phd|no doctoral degree|without a doctorate|without a doctoral degree|without a phd|less than a doctorate|below a doctorate|no professional degree|without a professional degree|no med school|without med school|without medical school|doesnt need med school|doesn't need med school|dont need med school|don't need med school|not med school|no medical school|doesnt require med school|doesn't require med school|without going to med school|skip med school|dont require med school|don't require med school|do not require med school|that dont require med school|that don't require med school|that do not require med school|that doesnt require med school|that doesn't require med school|that dont need med school|that don't need med school|that do not need med school|that doesnt need med school|that doesn't need med school|no med school|no law school|without law school", role{noDegree: true, under: "Doctoral or professional degree"}},
	{"no degree|no formal|without a degree|no college|without college|without a college degree|without going to college|didn't go to college|didnt go to college|did not go to college|never went to college|didn't finish college|didnt finish college|never finished college|dropped out of college|college dropout|no diploma|without a diploma|without going back to school|without going back to college|without more school|without more schooling|without much school|don't want to go to college|dont want to go to college|do not want to go to college|not going to college|skip college|skipping college|can't afford college|cant afford college|without years of school|no more school|quickest to get into|fastest to get into|quick to get into|easiest to get into|easy to get into|little school|little schooling|not much school|less school|less schooling|short training|quick training", role{noDegree: true}},
	{"some college", role{level: "Some college, no degree"}},
	// No schooling at all is BLS's lowest level, not any level below a
	// degree.
	{"no formal education|no formal educational credential|no formal schooling|no formal training|no education|no schooling|no credential|no credentials|no education required|without any education|without any schooling", role{level: "No formal educational credential"}},
	// A teenager's first job: what needs no credential and no experience
	// to enter, the most held first unless pay is asked (firstJobAsked).
	{"teenager|teenagers|teen|teens|high schooler|high schoolers|high school student|high school students|first job|summer job|summer jobs", role{level: "No formal educational credential", noExperience: true}}, // firstJobAsked
	{"associate|associates|associate degree|associate's degree|two year degree|2 yr degree|2yr degree|two yr degree|2 yr program|2 yr college|two year college|two year program|two year school|two years of school|2 year degree|2 year college|2 year program|2 year school|2 years of school|2 years school|two years school|2 years of college|two years of college|2 years college", role{level: "Associate's degree"}},
	{"bachelor|bachelors|bachelor degree|bachelor's degree|bachelor's level|bachelors level|bachelor level|four year degree|four year college|college degree", role{level: "Bachelor's degree"}},
	{"master|masters|master degree|master's degree|graduate degree|grad degree|grad school|graduate school|master's level|masters level|master level", role{level: "Master's degree"}},
	{"doctoral|doctorate|phd|professional degree|doctoral degree", role{level: "Doctoral or professional degree"}},
	{"postsecondary|certificate|certification|postsecondary nondegree award|trade school|vocational", role{level: "Postsecondary nondegree award"}},

	// Occupation groups (the first two digits of a SOC code).
	{"healthcare|health care|health|medical|medicine|hospital jobs|hospital careers|jobs in a hospital|jobs at a hospital|jobs in hospitals|careers in a hospital|work in a hospital|working in a hospital|work at a hospital|working at a hospital|other jobs in a hospital|other jobs at a hospital|other hospital jobs", role{groups: []string{"29", "31"}}},
	{"healthcare support|health care support|health support|medical support", role{groups: []string{"31"}}},
	{"healthcare practitioner|healthcare practitioners|health care practitioner|health care practitioners|health practitioner|health practitioners|healthcare practitioners and technical|healthcare practitioner and technical|health care practitioners and technical", role{groups: []string{"29"}}},
	// The computer field holds its managers and hardware engineers too
	// ("tech jobs that pay over 150k").
	{"computer|computing|technology|software|it|computer science|computer sciences|information technology", role{groups: computerGroups}},
	// The field, where "software that" would ask what software a job uses:
	// "jobs in software that pay the most".
	{"in software|into software|in the software industry|software industry|software field|the software field|software jobs|software careers", role{groups: computerGroups}},
	{"math|mathematics|mathematical", role{groups: []string{"15-2"}}},
	{"computer and mathematical|computer and math", role{groups: []string{"15"}}},
	{"management|managerial|executive|leadership", role{groups: []string{"11"}}},
	{"business|accounting|business and financial|business and financial operations|business and finance", role{groups: []string{"13"}}},
	// Finance: its specialists, managers and clerks, no business
	// operations ("jobs in finance that don't need a degree": tellers, not
	// farm labor contractors).
	{"finance|financial", role{groups: []string{"13-2", "11-3031", "43-3"}}},
	{"engineering|architecture", role{groups: []string{"17"}}},
	{"science|scientific|research|lab|life, physical, and social science|life physical and social science|life, physical and social science", role{groups: []string{"19"}}},
	{"social service|social work|counseling|community", role{groups: []string{"21"}}},
	{"legal|law", role{groups: []string{"23"}}},
	{"teaching|education jobs|educational jobs|library|educational instruction and library|educational instruction|education, training, and library|education and library|in education|jobs in education|careers in education|education field|field of education|education sector", role{groups: []string{"25"}}},
	{"tech jobs|tech job|tech careers|tech career|in tech|tech industry|tech field|tech sector|coding jobs|coding job|coding careers|programming jobs|programming careers|developer jobs|software jobs|software careers", role{groups: computerGroups}},
	{"art|arts|design|media|entertainment|sports|creative", role{groups: []string{"27"}}},
	{"protective|security|law enforcement|police|protective service|protective services", role{groups: []string{"33"}}},
	{"food|restaurant|cooking|hospitality|food service|food services|food prep|food preparation|food and beverage|food preparation and serving|food preparation and serving related|food prep and serving", role{groups: []string{"35"}}},
	{"cleaning|maintenance|grounds|building and grounds|building and grounds cleaning|building and grounds cleaning and maintenance|grounds cleaning and maintenance", role{groups: []string{"37"}}},
	{"personal care|service", role{groups: []string{"39"}}},
	{"sales|selling|retail|retail sales|retail sale|sales and related", role{groups: []string{"41"}}},
	{"office|administrative|admin|clerical|office admin|office/admin|office and admin|office and administrative|admin support|administrative support|office and administrative support|office and admin support", role{groups: []string{"43"}}},
	{"farming|farm|fishing|forestry|agriculture|agricultural", role{groups: []string{"45"}}},
	// Construction is SOC 47 but its extraction workers (47-5: roof
	// bolters of mines, roustabouts), who are asked as extraction.
	{"building trades|construction trades", role{groups: []string{"47-1", "47-2", "47-3", "47-4"}}},
	{"construction", role{groups: []string{"47-1", "47-2", "47-3", "47-4", "11-9021"}}}, // with construction managers
	{"extraction|mining", role{groups: []string{"47-5"}}},
	{"construction and extraction", role{groups: []string{"47"}}},
	// The skilled trades build and repair: construction's and the
	// mechanics', installers' and repairers' groups.
	{"trades|trade|skilled trades", role{groups: []string{"47", "49"}}},
	{"repair|installation|mechanical|installation, maintenance, and repair|installation maintenance and repair|installation, maintenance and repair|maintenance and repair", role{groups: []string{"49"}}},
	{"production|manufacturing|factory", role{groups: []string{"51"}}},
	{"transportation|transport|driving|logistics|moving|material moving|transportation and material moving|warehouse jobs|warehouse job|warehouse work|warehousing|trucking jobs|trucking", role{groups: []string{"53"}}},

	// Topics no source covers: the answer says so, then gives what the
	// sources have ("will AI replace accountants": their outlook).
	{"with tips|with tip|including tips|plus tips|in tips|and tips|after tips|tips included|counting tips|with commission|with commissions|including commission|including commissions|plus commission|plus commissions|on commission|and commission|and commissions|commission included", role{intent: intentPay, remark: payCounts}},
	{"a month|per month|monthly|each month|every month|per mo", role{intent: intentPay, period: payPeriod{"a month", 12}}},
	{"biweekly|bi weekly|every two weeks|every 2 weeks|every other week|per paycheck|a paycheck|each paycheck", role{intent: intentPay, period: payPeriod{"every two weeks", 26}}},
	{"a week|per week|weekly|each week|every week|per wk|weekly pay|paid weekly", role{intent: intentPay, period: payPeriod{"a week", 52}}},
	// A day's pay: BLS says nothing of days worked in a year, so no
	// figure is divided for it.
	{"per day|daily pay|daily wage|daily wages|daily rate|day rate|paid per day|paid daily|pay per day|per shift|a shift's pay", role{intent: intentPay, unsourced: "pay by the day (BLS publishes pay by the year and the hour)"}},
	// Age: no source says who is too old to start; the way in answers.
	{"too late|too old|at my age|is it too late|am i too old|older workers|age limit|age limits|career change at 40|career change at 50", role{unsourced: "age limits"}},
	{"stress|stressful|stressed|pressure|low stress|low-stress|stress free|stress-free|less stress|least stress|not stressful|not too stressful|low pressure|laid back|laid-back", role{unsourced: "stress"}},
	{"from one to the other|go from one to the other|move from one to the other|get from one to the other|switch from one to the other", role{intent: intentEducation, fields: fs(knowledge.FieldTypicalEducation, knowledge.FieldWorkExperience, knowledge.FieldJobTraining, knowledge.FieldJobZone)}},
	{"enough to live|enough to live on|enough to live in|live comfortably|living comfortably|afford to live|a living wage|living wage|enough to survive|make ends meet|cost of living|cost-of-living|col adjusted|adjusted for cost of living|living costs|rent|rents|average rent|housing costs|house prices|home prices", role{unsourced: "cost of living"}},
	{"after taxes|after tax|take home|take-home|net pay|net salary|before taxes|pre tax|pretax|how much tax|how much taxes|tax would i pay|taxes would i pay|income tax|tax bracket|taxes on|pay in taxes|owe in taxes", role{unsourced: "taxes (BLS wages are gross pay, before taxes)"}},
	{"year old|years old|yr old|yrs old|my age|by age", role{unsourced: "age"}},
	// Where one lives says a place, not work: "i live in NY, how much would a pharmacist make here".
	{"i live in|i live|we live in|we live|i am living in|i'm living in|im living in|living in|i reside in|i'm based in|im based in|based in", role{stop: true}},
	{"top pay|top salary|max pay|max salary|maximum pay|maximum salary|top out|tops out|topped out|pay ceiling|pay cap|salary cap|most you can make|most they can make|most i can make|most one can make|most you can earn|most they can earn|make max|earn max|max out|maxes out|make at the top|earn at the top", role{intent: intentPay, pct: knowledge.FieldAnnual90}},
	{"let you work outside|lets you work outside|work outside all day|work outdoors|working outdoors|outdoor jobs|outdoor job|jobs outdoors|outdoor work|outdoor careers|outdoors|outdoorsy|work indoors|indoor jobs", role{unsourced: "working conditions (indoors or outdoors)"}},
	{"in an industry", role{unsourced: "pay by industry"}},
	{"smart to become|smart to be|smart to go into|a smart move|long term|long-term|in the long run|good field to get into|good career to get into|good job to get into|good industry to get into|good field to go into|good career to go into|good area to get into|good to get into|worth getting into|worth going into", role{stop: true}}, // whether it is worth it: pay, outlook, entry (worthPhrases)
	{"harder|easier|tougher|hardest|toughest|more difficult|less difficult|most difficult|more demanding|less demanding|most demanding", role{unsourced: "difficulty"}},
	{"dangerous|danger|risky|deadly|injury|injuries|fatal|fatalities|safest|safe", role{unsourced: "danger"}},
	{"heavy lifting|lift heavy|lifting heavy|lots of lifting|physically demanding|physical demands|not physical|less physical|bad back|back problems|back pain|bad knees|bad knee|on my feet all day|standing all day|stand all day", role{unsourced: "physical demands"}},
	{"work life balance|work-life balance|life balance", role{unsourced: "work-life balance"}},
	{"unemployment|unemployment rate|jobless|layoffs|laid off", role{unsourced: "unemployment"}},
	{"hours do|work hours|working hours|hours a week|hours per week|shift|shifts|schedule|overtime|weekends|night shift", role{unsourced: "working hours"}},
	// A job ad's shift is no question of openings: "Barista - Opening Shift".
	{"opening shift|opening shifts|closing shift|closing shifts|openers shift", role{unsourced: "working hours"}},
	{"travel|travels|traveling|travelling", role{unsourced: "travel"}},
	{"gpa|grades", role{unsourced: "grades"}},
	{"signing bonus|signing bonuses|sign on bonus|sign-on bonus|sign on bonuses|relocation bonus|relocation package|relocation", role{unsourced: "benefits"}},
	{"coding bootcamp|coding bootcamps|coding boot camp|bootcamp|bootcamps|boot camp|boot camps|online course|online courses|udemy|coursera|best school for|best schools for|which school|which schools|best program for|best programs for", role{unsourced: "schools, courses and bootcamps"}},
	{"army|navy|air force|military|national guard|coast guard|space force", role{unsourced: "military pay"}},
	{"review my resume|check my resume|look at my resume|read my resume|fix my resume|write my resume|resume|resumes|cover letter|cover letters|interview tips|job interview|interview questions", role{unsourced: "resumes and interviews"}},
	{"introvert|introverts|introverted|extrovert|extroverts|extroverted|shy|socially anxious|anxiety|adhd|autism|autistic|myers briggs|mbti", role{unsourced: "personality types"}},
	{"remote|remotely|from home|work from home|wfh|hybrid|telework|teleworking|telecommute|telecommuting", role{unsourced: "remote work"}},
	{"union|unions|unionized|unionised|union job|union jobs|union membership|labor union|labor unions", role{unsourced: "union membership"}},
	{"part time|part-time", role{unsourced: "part-time work"}},
	{"benefits|perks|pension|health insurance|retirement|vacation|pto", role{unsourced: "benefits"}},
	// BLS publishes the share self-employed (projections table 1.2), but
	// the knowledge does not import it: said so, never guessed.
	{"self employed|self-employed|selfemployed|work for themselves|works for themselves|their own boss|own boss", role{unsourced: "self-employment"}},
	{"student debt|student loans|student loan|what they owe|they owe|owe", role{unsourced: "student debt"}},
	{"automation|automated|robots|self checkout|self checkouts|self-checkout|self-checkouts|self service kiosks|ordering kiosks|chatgpt|chat gpt|gpt|generative ai|gen ai|ai hit|hit by ai|affected by ai|impacted by ai|impact of ai|ai impact|ai affect|ai affects|ai hits|genai|replace|replaced|self driving|self-driving|driverless|autonomous|take over|taken over", role{intent: intentOutlook, unsourced: "automation", fields: fs(knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth, knowledge.FieldAnnualOpenings, knowledge.FieldEmployment2024, knowledge.FieldEmployment2034, knowledge.FieldProjectionNote)}},
	{"safe from automation|safe from ai|safe from robots|ai proof|ai-proof|automation proof|robot proof|future proof|future-proof|recession proof|recession-proof|can't be automated|cant be automated|won't be automated|wont be automated|won't be replaced|wont be replaced|can't be replaced|cant be replaced", role{intent: intentOutlook, unsourced: "automation", rank: +1, fields: fs(knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth, knowledge.FieldAnnualOpenings, knowledge.FieldEmployment2024, knowledge.FieldEmployment2034, knowledge.FieldProjectionNote)}},
	// Jobs replaced, across careers: the outlook's nearest answer is the
	// careers projected to shrink ("which jobs will ai replace").
	{"likely to be automated|most likely to be automated|be automated|get automated|gets automated|being automated|will be automated|going to be automated|will replace|will be replaced|replaced by|replace the most|being replaced|get replaced|gets replaced|going to replace|gonna replace|replacing|will take over|taking over|take jobs|take our jobs|take their jobs|take away jobs|steal jobs|kill jobs|automation replace|automation will replace|automation replacing|automation take over|automation will take over|robots replace|robots will replace|at risk from automation|at risk of automation|at risk from ai|at risk of ai|most at risk|at risk|threatened by ai|threatened by automation", role{intent: intentOutlook, unsourced: "automation", declining: true, fields: fs(knowledge.FieldGrowthRate, knowledge.FieldProjectedGrowth, knowledge.FieldAnnualOpenings, knowledge.FieldEmployment2024, knowledge.FieldEmployment2034, knowledge.FieldProjectionNote)}},

	{employerPhrases, role{employer: true}},
	// Holland's interest types (RIASEC), which O*NET rates careers by,
	// and words around a question that ask nothing.
	{"how big|how large|how wide|full comparison|full breakdown|full picture|in full|doctorate level|doctoral level|phd level|masters level|degree level|realistic|investigative|artistic|enterprising|conventional|riasec|riasec code|riasec codes|riasec type|interest code|interest codes|holland code|holland codes|holland type|knowledge areas|knowledge area|areas of knowledge|desk job|day job|current job|9 to 5|nine to five|job posts|job postings|job ads|job listings|show up|shows up", role{stop: true}},
	{sectorPhrases, role{unsourced: "pay by sector (government or private)"}},
	// Where one works, not schooling asked: "how much do paraprofessionals
	// make in schools" ("years in school" is schooling).
	{"in schools|at schools|in public schools|in the schools|for schools|in school districts|for school districts|in a school district|for a school district", role{stop: true}},
	{"side by side|side-by-side|lay them out|lay them out next to each other|next to each other|out-earn|out earn|outearn|out-earns|outearns|gap between|the gap between|how big is the gap|pay gap|the pay gap|difference between|the difference between|whats the difference|what is the difference|head to head|head-to-head|better off|worse off|comes out ahead|come out ahead|comes out on top|come out on top|line up against|line up with|line up next to|line them up|line those up|line those two up|stack them up|stack it up|stack those up|stack em up|same as|the same as|same thing as|different from|differ from|differs from|different than|contrast|contrast with|contrasted with|stack up|stacks up|stack up against|stacks up against|measure up", role{intent: intentCompare}},
	// Software asked of beside a career named: what it uses ("accountant
	// software list", "apps and software for logisticians"); "software
	// jobs" are computer jobs.
	{"apps|app|cad|bim|tools|tools & languages|tools and languages|languages and tools|what equipment|which equipment|equipment or software|software or equipment|equipment and software|software and equipment|equipment do|equipment does|software list|list of software|software that|software do|software does|software is used|software are used|software programs|software would|software should|software will|software needed|software they need|computer systems do|computer systems does|systems do they use|what systems do|any software", role{intent: intentTechnology}},
	{"programs used|what apps|which apps|apps do they|apps they use|apps they live in|the technologies|technologies they use|technologies used|software people use|software do people use|software used at work|software at work|programs used by|software used by|about tools|about the tools|about software|about the software|tools or programs|programs or tools|tools and programs|testing tools|tools or apps|apps or tools|software or programs|programs or software|languages or software|languages and software|languages or tools|which languages|what languages|software packages|software package|other software|rely on|relies on|lean on|tools or software|software or tools|software and tools|tools and software|software & tools|what tools|which tools|tools do|tools does|software for|tools for|tools software|software tools|software they use|tools they use|programs do|cad programs|cad software|computer stuff|computer programs|apps do they use|tech do they use|tech do you use|tech does he use|tech does she use|tech they use|tech stack|software stack|tool stack|tools stack|tech used|technology do they use|technologies do they use|programming tools|programming languages|programming language|coding languages|coding tools|hot technologies|hot technology|hot tech|in demand technologies|in-demand technologies|in demand technology|tools and tech|tools and technology|tools and technologies|tech and tools|technology and tools|tools & tech|technology used|technology they use", role{intent: intentTechnology}},
	{"looking for better pay|want better pay|for better pay|better pay than|do next|what next|after retiring|after retirement|second career|adjacent to|adjacent|neighbouring|neighboring|neighbouring trades|neighboring trades|similar trades|something better|something better paying|better paying job|level up|move up|move up to|move into|moving up|step up|next step|career ladder|advance|advancement|promotion|get promoted|promoted", role{intent: intentRelated}},
	{"how accurate|accurate is this|how reliable|is this accurate|what year|data from|salary data|wage data|data do you use|data you use|your data|your sources|what sources|which sources|where do you get your|what are your sources|your salaries|your wages|bonuses|bonus|for cities|by city|city data|metro|metro area|metro areas|metropolitan|how current|how current is this|how current is this data|how current is the data|how old is this data|how recent is this data|how recent is the data|is this data current|is the data current|numbers come from|your numbers|salary numbers|the numbers come from|include tips|tips and bonuses|include overtime|include commission|include commissions|include benefits|before taxes|after taxes|before tax|after tax|gross or net|take home", role{talk: "data"}},
	{"canada|canadian|uk|united kingdom|britain|england|scotland|ireland|australia|new zealand|europe|european|india|germany|france|spain|italy|netherlands|japan|china|singapore|philippines|brazil|mexico|toronto|vancouver|montreal|london|paris|berlin|dublin|sydney|melbourne|bangalore|mumbai|manila|tokyo|dubai|ontario|quebec|alberta|british columbia|manitoba|saskatchewan|nova scotia|new brunswick|calgary|edmonton|winnipeg|wales|south africa|nigeria|kenya|pakistan|south korea|korea|vietnam|indonesia|malaysia|thailand|uae|united arab emirates|saudi arabia|qatar|israel|egypt|switzerland|sweden|norway|denmark|finland|poland|portugal|belgium|austria|argentina|chile|colombia|peru|hong kong|taiwan|auckland|lagos|nairobi|delhi|new delhi|shanghai|beijing|seoul|amsterdam|madrid|rome|milan|munich|zurich|stockholm|copenhagen|brussels|vienna|lisbon|warsaw|edinburgh|other countries|another country|outside the us|outside the u s|outside america|abroad|overseas", role{talk: "country"}},
	{"lead to|leads to|lead into|leads into|leading to|lead you to", role{intent: intentRelated}}, // a verb, not a lead worker: where a career can go next
	// Jobs for the skills one has (qa100 C09): the careers like one's own.
	{"use the skills i have|use the skills i already have|use my skills|use my current skills|use my existing skills|skills i already have|skills i have|my skills transfer|transferable skills|transfer my skills|similar skills|same skills", role{intent: intentRelated}},
	{"no wait|line of work|lines of work|convert that|convert it|for a living|more info|more info on|info on|some info|any info|the info|more information|more information on|information on|call for|calls for|called for|a real job|real job|real career|2nd pick|second pick|third pick|3rd pick|pick number|so low|so high|that low|that high|this low|this high|top pick|first pick|best pick|number one pick|top choice|first choice|my family|for my family|our family|for our family|the family|a family|family members|family member|going back to school|go back to school|back to school|going back|go back|i mean|i meant|remind me|to pick|to choose|should i pick|switching to|moving to|move to|relocating to|relocate to|transferring to|down in|up in|over in|out in", role{stop: true}},
	{"by 2034|in 2034|2034|will there be|jobs will there be|how many jobs will there be|how many will there be|how many jobs in 2034", role{intent: intentOutlook, fields: fs(knowledge.FieldEmployment2034, knowledge.FieldEmployment2024, knowledge.FieldProjectedGrowth, knowledge.FieldAnnualOpenings, knowledge.FieldProjectionNote)}},
	{"which is higher|is higher|pays higher|higher pay|which is better|is better", role{intent: intentCompare}},
	{"decide between|deciding between|decided between|choose between|choosing between|pick between|picking between|torn between|stuck between|between becoming", role{intent: intentCompare}},
	{"personality|personality type|kind of person|type of person", role{}},
	{"job listings|job postings|find a job|find me a job|jobs near me|near me|hiring near me|apply for|job search|job board", role{unsourced: "job listings"}},
	{"negotiate|negotiating|negotiation|ask for a raise|get a raise|raise|promotion", role{unsourced: "negotiating pay"}},
	{"ex military|former military|veterans|military veterans|for veterans", role{unsourced: "careers for veterans"}},
	// What a career needs to know (its O*NET knowledge areas, see
	// routeMore): question words, never a career's name. "careers that
	// need biology knowledge" is left to the subject.
	{"what knowledge|which knowledge|knowledge do|knowledge does|knowledge needed|knowledge required|need to know|needs to know|should know|have to know|has to know|must know|gotta know", role{}},
	// Where one works, said of an employer ("working at walmart"): the
	// employer is answered as such (see employerJobs), not "working" as a
	// name word.
	{"working at|work at|working for|work for|works at|works for|jobs at|job at|careers at|career at|employed at|employed by", role{}},

	// Small talk.
	{"gm everyone|gm careerbot|gm bot|gm team|gm guys|gm folks|hi careerbot|hey careerbot|hello careerbot|yo careerbot|morning careerbot|sup botty|u awake|you awake|are you awake|you there|are you there|anyone there|anyone home|anybody home|anybody there|is anyone there|anyone around|anybody around|knock knock|gm all|gm yall|morning everyone|hi everyone|hello everyone|hey everyone|hi all|hey all|hello all|hi there|hello there|morning|evening|afternoon|hi|hii|hiii|hello|helo|hey|heyy|heyyy|hiya|heyo|heya|hey there|howdy|good morning|good afternoon|good evening|greetings|yo|sup|whats up|what's up|wassup", role{talk: "hello"}},
	{"thanks|thank you|thx|ty|thanks a ton|thank you a ton|thx a ton|ty a ton|thanks a million|for the help|for your help|for all the help|thx a bunch|thx a lot|thx so much|ty so much|sweet thanks|sweet appreciate it|ur the best|your the best|you're the best|you re the best|youre the best|you are the best|thx bot|thanks bot|love you bot|good bot|cheers|great thanks|thanks a bunch|thanks a lot|thanks so much|thank you so much|many thanks|that helps|that helped|helped|helps a lot|helpful|very helpful|super helpful|so helpful|really helpful|was helpful|that helped|this helped|appreciate it|appreciate|appreciated|much appreciated|appreciate the help|appreciate that|appreciate you|super useful|so useful|very useful|useful|this was useful|that was useful|fr|thanks for the help|thank you for the help|thanks for your help", role{talk: "thanks"}},
	{"knock knock|joke|jokes|funny|something funny|say something funny|make me laugh|meaning of life", role{talk: "joke"}},
	{"ok|okay|k|kk|got it|cool|nice|great|awesome|perfect|sweet|alright|all right|sounds good|makes sense|i see", role{talk: "ack"}},
	{"nvm|never mind|nevermind|forget it|forget that|scratch that|wrong chat|wrong window|wrong channel|oops|my bad", role{talk: "nevermind"}},
	{"lol|lmao|lmaoo|lmaooo|lmaoooo|lolol|haha|hahah|hahaha|hehe|rofl|lmfao", role{talk: "laugh"}},
	{"weather|rain|sunny|temperature|forecast|gonna rain|going to rain|tomorrow|tonight|forecast for this weekend|forecast for the weekend|forecast this weekend|weekend forecast|weather this weekend|weather for the weekend|weekend weather", role{talk: "weather"}},
	// Sighs: no career called "ughh" ("ugh" is unhappy, below).
	{"ughh|ughhh|meh|sigh|smh|bruh|welp", role{stop: true}},
	{"why|why is that|why's that|whys that|how come|why so|but why|and why|why not|why tho|why though", role{talk: "why"}},
	// Why figures differ, after them: the same (qa100 C07).
	{"why such a big difference|why such a difference|why such a gap|why the big difference|why the difference|why is there such a big difference|why is there such a difference|why is there a difference|why so different|why is it so different|why are they so different|why the gap|why the big gap", role{talk: "why"}},
	{"how much do i make|what do i make|how much should i make|what should i make|how much should i be making|what should i be making|am i underpaid|am i paid enough|am i overpaid|whats my salary|what's my salary|what is my salary|how much am i worth|what am i worth|what do i earn|what do we earn|what do we make|how much do we make|how much do we earn|what should we make|what do i get paid|what do we get paid|how much do i get paid|how much do we get paid|how much do we get|how much do i get|what do i bring home|what do we bring home", role{talk: "mine", intent: intentPay}},
	{"open to work|seeking new opportunities|seeking opportunities|seeking new opportunity|looking for new opportunities|looking for work|looking for a job|looking for a new job|stay at home parent|stay-at-home parent|stay at home mom|stay at home dad|stay-at-home mom|stay-at-home dad|between jobs|in between jobs|finding a job|find a job|finding work|find work|job hunting|job hunt|job searching|job search|searching for a job", role{talk: "seeking"}},
	// A start wanted: a friendly line, unless a question is asked besides
	// ("i need a job that pays 50k without a degree").
	{"need a job|i need a job|need work|need a job asap|just graduated|new grad|recent grad|help me pick a career|help me choose a career|pick a career|choose a career|help me find a career", role{talk: "start"}},
	// Out of work: a kind line, unless a question is asked besides ("i'm
	// unemployed, which jobs pay well without a degree").
	{"unemployed|out of work|jobless|lost my job|got fired|been fired|got laid off|been laid off", role{talk: "jobless"}},
	{"retired|retiree|self-employed|self employed", role{talk: "status"}},
	{"near me|nearby|around here|place near me|places near me|pizza place|places to eat|place to eat|pizza|pizza topping|pizza toppings|topping|toppings|politics|religion|the election|elections|donald trump|biden", role{talk: "offtopic"}},
	{"fav color|favorite color|favourite color|fav colour|favourite colour|fav food|favorite food|favourite food|favorite movie|fav movie|favorite song|your favorite|your fav|your favourite|order me|order a pizza|order food|pizza|order pizza|how do i cook|how to cook|how do you cook|cook rice|capital of|super bowl|world cup|who won|election|stock market|stocks|bitcoin|crypto|recipe|movie|movies|sports score|latest news|news today|todays news|breaking news|headlines|current events|homework", role{talk: "offtopic"}},
	{"bye|goodbye|im out|i m out|alright im out|gotta run|peace out|catch you later|see you|see ya|cya|ttyl|gotta go|later|good night|gn|nite|night night|gotta bounce|signing off|logging off", role{talk: "bye"}},
	{"where do i start|bored|im bored|i m bored|so bored|i am bored|where do i even start|where to start|where should i start|where do i begin|where to begin|start looking|hate my job|hate my career|hate working|hate work|i hate|miserable|unhappy|burned out|burnt out|burnout|stuck in my job|tired of my job|sick of my job|stressed|so stressed|stressed about|stressing about|stressing over|stressed out|ugh|im stressed|i m stressed|anxious|worried|overwhelmed|depressed|frustrated|discouraged|lost|feel lost|feeling lost|tired of job hunting|tired of looking|tired of applying|my boss hates me|boss hates me|nervous|so nervous|nervous about", role{talk: "unhappy"}},
	{"career change|change careers|changing careers|switch careers|switching careers|tired of being|sick of being|hate being|get out of|leave healthcare|leave teaching|leave retail|switch from|switching from|change from|move from|transition from|switch to|something else|looking for a change|for former|bored of|bored with|bored in", role{intent: intentRelated}},
	{"what can i ask|what questions|kind of questions|what can you answer|what can you tell me|what do you do|what can you help with", role{intent: intentHelp}},
	// "what to do with my life": a career at large, no career's life (see asksJobs).
	{"do with my life|with my life", role{stop: true}},
	// Traits said of oneself (see interestPhrases): no community
	// organizer, no object-oriented programmer.
	// "which ones" asks for a list ("do electricians use any software,
	// which ones"), not which of two careers.
	{"which ones|what ones", role{stop: true}},
	// A skill liked (see likedSkills): no writer, programmer or speaker
	// named.
	{"good at writing|great at writing|good at coding|great at coding|good at programming|great at programming|good at public speaking|great at public speaking", role{stop: true}},
	{"detail oriented|detail-oriented|attention to detail|very organized|super organized|highly organized|really organized|very organised|highly organised", role{stop: true}},
	{"your info|your information|the info|this info|who programmed you|who coded you|who wrote you|who developed you|who designed you|bot or a person|bot or person|bot or human|bot or a human|person or a bot|person or bot|are you a bot or a person|are you a bot or a human|are you a bot or human|are you a bot or person|are you a person or a bot|or a real person|how up to date|up to date|how old is your data|how old is the data|how recent|how current|from this year|data from this year|last updated|when was this data|is this data current|chatgpt|chat gpt|gpt|openai|are you ai|are you an ai|who r you|r you a bot|r you human|r you real|your source|source for|sources for|where do you get|data source|how much do you make|talking to a human|talking to a real person|talking to a bot|human or bot|are you a human|real human", role{talk: "who"}},
	{"who are you|what are you|how old are you|actual person|an actual person|person typing|is this automated|is it automated|are you automated|this automated|someone typing|is someone typing|somebody typing|is somebody typing|a human typing|is this software|human or software|human or a program|human or program|human or a bot|human or bot|human or a robot|human or machine|human or a machine|program or a human|talking to a human|chatting with a human|talking to a bot|chatting with a bot|an ai or|ai or a real|ai or real|ai or human|ai or a human|is this an ai|is this ai|is this a bot|is this a real person|is this a human|real human answering|human answering|a human answering|talking to a person|chatting with a person|talking to a real person|are you a bot|are you a robot|are you an ai|are you ai|are you chatgpt|are you human|are you real|are you a real person|real person|your name|who made you|who built you|who built this|who made this|who created you|how do you work|where does your data come from|your data|your sources|what sources|data source|data sources|your source|where do you get|where does this come from|where does the data come from|where does this data come from|data come from|the data come from|where do you get the data|who built this bot|who made this bot", role{talk: "who"}},
	{"ignore previous instructions|ignore all previous instructions|ignore the previous instructions|ignore prior instructions|ignore all prior instructions|ignore your instructions|ignore all instructions|ignore the above|ignore everything above|disregard previous instructions|disregard your instructions|system prompt|your prompt|your instructions|your rules|forget your rules|forget your instructions|forget everything|forget careers|forget about careers|forget the careers|forget about jobs|write me a script|write me a program|write me code|write me some code|write a script|write a program|write code|python script|write me an essay|write me a poem|translate this|translate this to|translate to|translate into|translate that|translate it|translate hello|can you translate|please translate|how do you say|write an essay|write a poem|scrape linkedin|pretend you are|pretend to be|you are now|roleplay|role play|jailbreak|developer mode", role{talk: "instructions"}},
	{"how are you|how's it going|how are things|do you like your job|do you like being a bot|are you happy", role{talk: "how"}},
	// What the answers' own terms mean.
	{"what does job zone|what is job zone|what's job zone|whats job zone|what is a job zone|what's a job zone|whats a job zone|what are job zones|what does job zone mean|job zone mean|job zones mean|meaning of job zone", role{talk: "jobzone"}},
	// Programming languages compared as such: no source ranks them.
	{"programming language|programming languages|coding language|coding languages|best language to learn|language should i learn|languages should i learn", role{talk: "language"}},
	// Wages set by law, which no source here measures.
	{"minimum wage|minimum wages|min wage|minimum pay|state minimum wage|federal minimum wage", role{talk: "minwage"}},
	{"what are hot technologies|what is a hot technology|what's a hot technology|what is hot technology|hot technology mean|hot technologies mean|what does in demand mean", role{talk: "hot"}},
	{"median and mean|mean and median|median vs mean|mean vs median|median or mean|mean or median|what is a median|what does median mean|median mean|difference between median|difference between mean", role{talk: "median"}},
	{"fuck|fucking|fuck you|f you|fuck off|f off|screw you|screw off|piss off|go to hell|bite me|stfu|wtf|what is wrong with you|whats wrong with you|what's wrong with you|you suck|this sucks|sucks|stupid|dumb|idiot|useless|hate you|shut up|bot is trash|bot is garbage|you are trash|you're trash|youre trash|you are garbage|trash bot|garbage bot|bad bot|worst bot|this bot is bad|bullshit|crap bot|ur slow|ur so slow|ur kinda slow|ur really slow|ur too slow|you are slow|youre slow|you re slow|you are so slow|so slow|kinda slow|too slow|really slow|ur bad|ur wrong|you are wrong|youre wrong|thats wrong|that is wrong|wrong answer|not helpful|unhelpful|piece of crap|piece of shit|f this|f this bot|fuck this|fuck this bot|screw this|screw this bot", role{talk: "rude"}},
	{"job title|my job title|the job title|job titles|tech company|tech companies|tech firm|tech firms|tech startup|tech startups|big tech|is it true|is that true|true that|i don't know|i dont know|i do not know|don't know|dont know|not sure|make sure|making sure|makes sure|be sure|to be sure|for sure|sure|i'm not sure|im not sure|u know|you know|do you know|do u know|you happen to know|like mine|as mine|than mine|of mine|like me|like myself", role{stop: true}},

	// Careers left out of a ranking: "healthcare jobs that aren't
	// doctors", "high paying jobs other than nursing".
	{"excluding|besides|other than|apart from|aside from|but not|hate|hates|but hate|dislike|dislikes|don't like|dont like|do not like|can't stand|cant stand|not into|no more|not including|that aren't|that arent|that are not|that isn't|aren't|arent|are not|outside|outside of|not in|that don't require|that dont require|that do not require|that doesn't require|that doesnt require|don't require|dont require|that don't involve|that dont involve|that do not involve|don't involve|dont involve|that don't need|that dont need|without|and not|leave out|leaving out|leave off|exclude|minus|not counting|not|not as|im not|i'm not|i am not|nothing in|nothing to do with|anything but|anything except|no jobs in|don't want to be|dont want to be|do not want to be|don't wanna be|dont wanna be|not want to be|not interested in|no longer interested in|not into", role{stop: true, exclude: true}},

	// Words that say nothing by themselves (one word each).
	{`a an the is are was were be been being am do doe did doing i me my we our you your he she they them their it
	its this that these those there here what whats which who whom whose how when why can could would should will shall
	may might must of for in on at by from into about as please tell show give get gets got want like love loves enjoy enjoys gimme tho though used info called freshman sophomore easiest quickest quick question way without certified fine true her him hers short quick late early very role roles specialty specialties crappy lousy convert converted total totals gig gigs stronger weaker botty fewer some any one ones etc expected steepest sharpest
	discipline disciplines themselves themself himself herself itself yourself yourselves myself ourselves
	per year years yearly annual annually average typical typically usually more less much many career careers
	job occupation occupations profession professions someone
	become becoming becomes if so not no yes also just really kind sort type between take takes taking long go goes going
	have has had begin getting made works up good today now all other others me about look looking field fields
	option options path paths choose choice thing things common usual popular typical main normal considered
	add include plus too first second third fourth fifth sixth seventh eighth ninth tenth last next previous number there's i'm im i'd id would
	both son daughter kid child children wife husband friend brother sister mom dad mother father parent boyfriend girlfriend spouse cousin aunt uncle grandma grandpa grandmother grandfather niece nephew roommate
	offer offers offered offering pros cons worth hard difficult easy important wise smart dumb under let lets allow allows match matches matching say says said thinks thought idea think thinking consider considering planning dream hoping hope
	ii iii iv careerbot bot us usa america american nationally nationwide national
	quit leave leaving wants wanna gonna recommend recommendation suggest suggestion
	random interesting something anything everything lot lots pretty quite fairly rather totally truly
	such already literally basically anyway anyways maybe perhaps probably definitely often always ever yet almost nearly seriously
	wht you're youre answer answers everyone every each over working but stuff forever dont doesnt didnt cant wont isnt don't doesn't didn't can't won't isn't out earlier specifically overall because still actually even currently nowadays anymore honestly people folks needed ask asking guy guys gal dude only put
	right now these days write two three four five six seven eight nine course courses class classes then same kinda sorta exist exists existing idk dunno choose decide exactly nah enough sorry flip reverse across among amongst steps join joining big full gap gaps either adobe quicker ten count counts holding little firms wait consist consists workday overview rundown lowdown breakdown within rely relies oops whoops moved moving ahead percent adjacent side listed they'd theyd they're theyre they've theyve you'd youd we'd he'd she'd wise never heard details detail run runs matter matters thru grad longer longest shorter shortest suits suited nerd geek fit pls plz figure figures
	i've ive ngl tryna tbh lowkey highkey imo imho rn bruh lol lmao y'all yall gotta finna
	realistically reasonably potentially possibly eventually ideally hopefully generally personally`, role{stop: true}}, // levels of a job ad's title: "Cook II", "Software Engineer III"
}

// paysWellPhrases say a career pays well: of one career its pay is asked,
// of careers at large a ranking (the vocabulary); of work liked, its
// careers best paid first (payMost).
const paysWellPhrases = "pay well|pays well|paying well|well paying|well paid|good paying|decent paying|decently paying|good pay|good salary|good salaries|decent salary|decent salaries|good wage|good wages|decent wage|decent wages|good income|decent income|high salary|pay good|good money|make good money|a lot of money|decent money|decent pay|pay decent|paid well|get paid well|paid good|paid decent|paid decently|earn well|earns well|earn enough|earns enough|make enough|makes enough|pay enough|pays enough|paid enough|enough to live on|to live on|make a living|living wage|livable wage|liveable wage|pay the bills|support a family|support my family|support a household|raise a family|provide for a family|provide for my family"

// computerGroups are the computer occupations (SOC 15-12) with their
// managers and hardware engineers.
var computerGroups = []string{"15-12", "11-3021", "17-2061"}

func fs(f ...knowledge.Field) []knowledge.Field { return f }

// phrase is a vocabulary phrase in normalised words.
type phrase struct {
	words []string
	role  *role
}

// phrasesByFirst indexes the vocabulary by the first word of each phrase,
// longest phrase first, so matching tries the longest.
var phrasesByFirst = func() map[string][]phrase {
	m := map[string][]phrase{}
	for i := range vocabulary {
		list := strings.Split(vocabulary[i].phrases, "|")
		if vocabulary[i].role.stop && !strings.Contains(vocabulary[i].phrases, "|") {
			list = strings.Fields(vocabulary[i].phrases) // one word each
		}
		for _, p := range list {
			p = strings.ReplaceAll(p, "%", " percent")
			words := vocabTokens(p)
			if len(words) == 0 {
				continue
			}
			m[words[0]] = append(m[words[0]], phrase{words: words, role: &vocabulary[i].role})
		}
	}
	// "Good with his hands", "hands-on": what someone likes doing (see
	// interestPhrases), never the hand laborers or farm hands whose names
	// hold "hand".
	for p := range interestPhrases {
		if words := vocabTokens(p); len(words) >= 2 && slices.Contains(words, "hand") {
			m[words[0]] = append(m[words[0]], phrase{words: words, role: &handsRole})
		}
	}
	for _, ps := range m {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	}
	return m
}()

// handsRole is the role of the interest phrases about hands: words that
// ask nothing by themselves.
var handsRole = role{stop: true}

// vocabTokens normalises a vocabulary phrase as lex would, except that "it"
// stays the pronoun.
func vocabTokens(p string) []string {
	var out []string
	for _, w := range strings.Fields(p) {
		if strings.EqualFold(w, "it") {
			out = append(out, "it")
			continue
		}
		out = append(out, knowledge.Tokens(w)...)
		if strings.HasSuffix(w, ",") {
			out = append(out, ",") // "installation, maintenance, and repair": the comma said
		}
	}
	return out
}

// vocabAt returns the longest vocabulary phrase starting at toks[i] among
// the tokens not claimed by a career name, and how many tokens it covers.
// Several roles may share one phrase text (e.g. "it" as a stop word and a
// group word); all are returned.
func vocabAt(toks []token, claimed []bool, i int) ([]*role, int) {
	var roles []*role
	n := 0
	for _, p := range phrasesByFirst[toks[i].val] {
		if n > 0 && len(p.words) < n {
			break
		}
		if matchPhrase(toks, claimed, i, p.words) {
			n = len(p.words)
			roles = append(roles, p.role)
		}
	}
	return roles, n
}

func matchPhrase(toks []token, claimed []bool, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		t := toks[i+k]
		if w == "," {
			if claimed[i+k] || t.kind != tokComma {
				return false
			}
			continue
		}
		if claimed[i+k] || t.val != w || t.kind == tokComma || t.kind == tokStop {
			return false
		}
	}
	return true
}

// wordRole returns the first role w has as a phrase of one word for which
// is holds, or nil.
func wordRole(w string, is func(*role) bool) *role {
	for _, p := range phrasesByFirst[w] {
		if len(p.words) == 1 && is(p.role) {
			return p.role
		}
	}
	return nil
}

func anyRole(*role) bool { return true }

// isVocab reports whether a normalised word is a question word of any role.
func isVocab(w string) bool {
	if wordRole(w, anyRole) != nil {
		return true
	}
	// As the vocabulary's phrases are normalised: "masters" is "master".
	if !strings.HasSuffix(w, "s") {
		return false
	}
	ws := vocabTokens(w)
	return len(ws) == 1 && ws[0] != w && wordRole(ws[0], anyRole) != nil
}

// phraseWords are the words of every vocabulary phrase, not only their
// first: "needing" and "meaning" are question words, never a misspelt
// name word to be corrected.
var phraseWords = func() map[string]bool {
	m := map[string]bool{}
	for _, ps := range phrasesByFirst {
		for _, p := range ps {
			for _, w := range p.words {
				m[w] = true
			}
		}
	}
	return m
}()

// payPercentiles are the spread of yearly pay, lowest first.
var payPercentiles = fs(knowledge.FieldAnnual10, knowledge.FieldAnnual25, knowledge.FieldMedianAnnual, knowledge.FieldAnnual75, knowledge.FieldAnnual90)

// isQuestionWord reports whether a normalised word asks something by
// itself ("salary", "skills", "best"), unlike words that only narrow a
// ranking ("sales", "engineering") and can be part of a name.
func isQuestionWord(w string) bool {
	return wordRole(w, func(r *role) bool { return r.intent != "" || r.talk != "" || r.rank != 0 || r.pct != "" }) != nil
}

// longVocab are the vocabulary's one-word phrases of five letters or more:
// the ones a typo can be told from ("comapre", "salray").
var longVocab = func() []string {
	var out []string
	for w := range phrasesByFirst {
		if len(w) >= 5 && isVocab(w) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}()

// vocabTypo returns the one vocabulary word w is a typo of (a letter
// missing, added, changed or two swapped), if exactly one is.
func vocabTypo(w string) (string, bool) {
	if len(w) < 5 || isVocab(w) {
		return "", false
	}
	found := ""
	for _, v := range longVocab {
		if knowledge.OneEdit(w, v) {
			// "skils": "skill" and "skills" ask the same.
			if found != "" && wordRole(found, anyRole) != wordRole(v, anyRole) {
				return "", false
			}
			found = v
		}
	}
	return found, found != ""
}
