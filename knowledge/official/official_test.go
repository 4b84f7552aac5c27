package official_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/careerbot/careerbot/knowledge/official"
	"github.com/xuri/excelize/v2"
)

// rnWages are the May 2024 OEWS figures for Registered Nurses.
var rnWages = official.Wages{
	FromCode: "29-1141", Employment: "3,282,010",
	HourlyMean: "$47.32", HourlyMedian: "$45.00", Hourly10: "$31.75", Hourly25: "$37.79", Hourly75: "$51.90", Hourly90: "$65.06",
	AnnualMean: "$98,430", AnnualMedian: "$93,600", Annual10: "$66,030", Annual25: "$78,610", Annual75: "$107,960", Annual90: "$135,320",
	AnnualMedianValue: 93600,
}

var rnProjection = official.Projection{
	FromCode: "29-1141", Employment2024: "3,391,000", Employment2034: "3,557,100", EmploymentChange: "166,100",
	ChangePercent: "4.9%", ChangeValue: 4.9, AnnualOpenings: "189,100", OpeningsValue: 189100,
	TypicalEducation: "Bachelor's degree", WorkExperience: "None", JobTraining: "None",
}

func with[T any](v T, change func(*T)) *T {
	change(&v)
	return &v
}

// stageActors are the fixture's titles of Actors: its own 259 stage
// actors but the 258th, which Chief Executives list too and which comes
// after the MaxCommonTitles most common (the fixture gives all one
// source).
func stageActors() []string {
	titles := []string{"Actor"}
	for i := 1; i <= 259; i++ {
		if len(titles) < official.MaxCommonTitles || i != 258 {
			titles = append(titles, "Stage Actor "+twoDigits(i))
		}
	}
	return titles
}

func twoDigits(i int) string { return fmt.Sprintf("%02d", i) }

// descriptions are the fixtures' O*NET descriptions, as published.
var descriptions = map[string]string{
	"11-1011.00": "Determine and formulate policies and provide overall direction of companies or private and public sector organizations within guidelines set up by a board of directors or similar governing body. Plan, direct, or coordinate operational activities at the highest level of management with the help of subordinate executives and staff managers.",
	"13-1021.00": "Purchase farm products either for further processing or resale. Includes tree farm contractors, grain brokers and market operators, grain buyers, and tobacco buyers. May negotiate contracts.",
	"21-1014.00": "Counsel and advise individuals and groups to promote optimum mental and emotional health, with an emphasis on prevention. May help individuals deal with a broad range of mental health issues, such as those associated with addictions and substance abuse; family, parenting, and marital problems; stress management; self-esteem; or aging.",
	"27-2011.00": "Play parts in stage, television, radio, video, or film productions, or other settings for entertainment, information, or instruction. Interpret serious or comic role by speech, gesture, and body movement to entertain or inform audience. May dance and sing.",
	"29-1141.00": "Assess patient health problems and needs, develop and implement nursing care plans, and maintain medical records. Administer nursing care to ill, injured, convalescent, or disabled patients. May advise patients on health maintenance and disease prevention or provide case management. Licensing or registration required.",
	"29-1141.01": "Provide advanced nursing care for patients with acute conditions such as heart attacks, respiratory distress syndrome, or shock. May care for pre- and post-operative patients or perform advanced, invasive diagnostic or therapeutic procedures.",
	"29-1211.00": "Administer anesthetics and analgesics for pain management prior to, during, or after surgery.",
	"43-9022.00": "Use word processor, computer, or typewriter to type letters, reports, forms, or other material from rough draft, corrected copy, or voice recording. May perform other clerical duties as assigned.",
	"55-1011.00": "Perform and direct in-flight duties to ensure the successful completion of combat, reconnaissance, transport, and search and rescue missions. Duties include operating aircraft communications and radar equipment, such as establishing satellite linkages and jamming enemy communications capabilities; operating aircraft weapons and defensive systems; conducting preflight, in-flight, and postflight inspections of onboard equipment; and directing cargo and personnel drops.",
}

// stateWage builds a StateWage from the CSV's cells as ReadDir formats them.
func stateWage(code, area, title string, territory bool, emp, hMean, hMedian, aMean, aMedian, p10, p25, p75, p90 string) official.StateWage {
	value := func(s string) float64 {
		v, _ := strconv.ParseFloat(strings.NewReplacer("$", "", ",", "", " or more", "").Replace(s), 64)
		return v
	}
	return official.StateWage{Code: code, Area: area, AreaTitle: title, Territory: territory, Employment: emp,
		HourlyMean: hMean, HourlyMedian: hMedian, AnnualMean: aMean, AnnualMedian: aMedian,
		Annual10: p10, Annual25: p25, Annual75: p75, Annual90: p90,
		AnnualMedianValue: value(aMedian), AnnualMeanValue: value(aMean), EmploymentValue: value(emp)}
}

// fixtureStateWages are testdata/bls/oews_state_M2024_detailed.csv as ReadDir
// reads it: by code, then area; blank cells (BLS's "*", "**", "#") "",
// but those that end a row of published percentiles, which are "#".
var fixtureStateWages = []official.StateWage{
	stateWage("11-1011", "06", "California", false, "36,980", "$139.20", "$106.06", "$289,530", "$220,600", "$87,070", "$142,270", "$239,200 or more", "$239,200 or more"),
	stateWage("11-1011", "17", "Illinois", false, "5,150", "$151.72", "$115.00 or more", "$315,570", "$239,200 or more", "$110,640", "$167,510", "$239,200 or more", "$239,200 or more"),
	stateWage("11-1011", "66", "Guam", true, "320", "$63.10", "$51.20", "$131,250", "$106,500", "$28,000", "$61,910", "$167,190", "$239,200 or more"),
	stateWage("13-1020", "06", "California", false, "46,790", "$42.23", "$38.26", "$87,830", "$79,570", "$49,640", "$62,650", "$103,490", "$133,550"),
	stateWage("13-1020", "17", "Illinois", false, "20,540", "$38.08", "$36.07", "$79,200", "$75,020", "$49,120", "$60,230", "$96,840", "$115,420"),
	stateWage("13-1020", "48", "Texas", false, "37,720", "$39.00", "$36.00", "$81,120", "$74,890", "$46,640", "$58,170", "$98,240", "$126,040"),
	stateWage("13-1020", "66", "Guam", true, "230", "$32.37", "$28.82", "$67,340", "$59,950", "$31,590", "$41,330", "$89,860", "$113,730"),
	stateWage("27-2011", "06", "California", false, "6,640", "", "", "", "", "", "", "", ""),
	stateWage("27-2011", "17", "Illinois", false, "3,200", "$29.50", "$14.00", "", "", "", "", "", ""),
	stateWage("27-2011", "48", "Texas", false, "1,230", "$30.74", "$20.26", "", "", "", "", "", ""),
	stateWage("29-1141", "06", "California", false, "326,720", "$71.31", "$67.47", "$148,330", "$140,330", "$100,120", "$119,710", "$172,200", "$208,880"),
	stateWage("29-1141", "17", "Illinois", false, "139,900", "$43.81", "$41.54", "$91,130", "$86,410", "$64,930", "$79,150", "$103,660", "$112,320"),
	stateWage("29-1141", "48", "Texas", false, "261,050", "$44.08", "$43.27", "$91,690", "$90,010", "$64,660", "$77,450", "$102,200", "$122,060"),
	stateWage("29-1141", "66", "Guam", true, "680", "", "", "", "", "", "", "", ""),
	stateWage("29-1211", "06", "California", false, "4,680", "", "", "", "", "", "", "", ""),
	stateWage("29-1211", "17", "Illinois", false, "970", "$144.99", "$115.00 or more", "$301,580", "$239,200 or more", "$77,840", "$102,490", "$239,200 or more", "$239,200 or more"),
	stateWage("29-1211", "48", "Texas", false, "3,740", "$122.12", "$97.81", "$254,010", "$203,450", "$176,930", "$183,360", "$239,200 or more", "$239,200 or more"),
}

// fixtureWant is what ReadDir must make of the fixture set.
var fixtureWant = &official.Dataset{
	Release: map[string]string{
		"onet":            "O*NET 30.2",
		"oews":            "BLS OEWS, May 2024",
		"projections":     "BLS Employment Projections 2024-34",
		"oews-state":      "BLS OEWS, May 2024",
		"onet-tasks":      "O*NET 30.1",
		"onet-technology": "O*NET 29.3",
		"onet-related":    "O*NET 29.3",
		"onet-interests":  "O*NET 29.3",
		"onet-knowledge":  "O*NET 29.3",
		"onet-education":  "O*NET 29.3",
	},
	StateWages: fixtureStateWages,
	Occupations: []official.Occupation{
		{
			Code: "11-1011.00", SOC: "11-1011", Title: "Chief Executives",
			Description: descriptions["11-1011.00"],
			// Three sources each for the title and its short form, two
			// for President and for the title shown in My Next Move.
			Titles: []string{"Chief Executive Officer (CEO)", "CEO", "President", "CEO (Chief Executive Officer)", "Stage Actor 258"},
			Wages: &official.Wages{
				FromCode: "11-1011", Employment: "211,850",
				HourlyMean: "$126.41", HourlyMedian: "$99.24", Hourly10: "$35.44", Hourly25: "$60.61",
				Hourly75: "$115.00 or more", Hourly90: "$115.00 or more",
				AnnualMean: "$262,930", AnnualMedian: "$206,420", Annual10: "$73,710", Annual25: "$126,080",
				Annual75: "$239,200 or more", Annual90: "$239,200 or more",
				AnnualMedianValue: 206420,
			},
			Projection: &official.Projection{
				FromCode: "11-1011", Employment2024: "309,400", Employment2034: "322,700", EmploymentChange: "13,300",
				ChangePercent: "4.3%", ChangeValue: 4.3, AnnualOpenings: "22,200", OpeningsValue: 22200,
				TypicalEducation: "Bachelor's degree", WorkExperience: "5 years or more", JobTraining: "None",
			},
			JobZone:    5,
			Technology: []official.Technology{{Name: "Microsoft Excel", Hot: true, InDemand: true}, {Name: "Microsoft Office software", Hot: true, InDemand: true}},
		},
		{
			Code: "13-1021.00", SOC: "13-1021", Title: "Buyers and Purchasing Agents, Farm Products",
			Description: descriptions["13-1021.00"],
			Titles:      []string{"Grain Buyer"},
			Wages: &official.Wages{
				FromCode: "13-1020", Note: "wages of 13-1020 (Buyers and Purchasing Agents)", Employment: "486,900",
				HourlyMean: "$39.29", HourlyMedian: "$36.37", Hourly10: "$22.34", Hourly25: "$28.21", Hourly75: "$47.69", Hourly90: "$61.31",
				AnnualMean: "$81,720", AnnualMedian: "$75,650", Annual10: "$46,460", Annual25: "$58,670", Annual75: "$99,190", Annual90: "$127,520",
				AnnualMedianValue: 75650,
			},
			Projection: &official.Projection{
				FromCode: "13-1020", Note: "projections of 13-1020 (Buyers and purchasing agents)",
				Employment2024: "522,200", Employment2034: "552,300", EmploymentChange: "30,100",
				ChangePercent: "5.8%", ChangeValue: 5.8, AnnualOpenings: "52,200", OpeningsValue: 52200,
				TypicalEducation: "Bachelor's degree", WorkExperience: "None", JobTraining: "Moderate-term on-the-job training",
			},
			JobZone: 4,
		},
		{
			Code: "21-1014.00", SOC: "21-1014", Title: "Mental Health Counselors",
			Description: descriptions["21-1014.00"],
			Wages: &official.Wages{
				FromCode: "21-1010", Note: "wages of 21-1010 (Counselors)", Employment: "736,770",
				HourlyMean: "$33.41", HourlyMedian: "$28.94", Hourly10: "$19.82", Hourly25: "$23.52", Hourly75: "$37.69", Hourly90: "$48.95",
				AnnualMean: "$69,490", AnnualMedian: "$60,200", Annual10: "$41,230", Annual25: "$48,920", Annual75: "$78,400", Annual90: "$101,820",
				AnnualMedianValue: 60200,
			},
			// Projected in one row with 21-1011: that row, not the group's
			// ("Summary", with no education), as BLS prints for them.
			Projection: &official.Projection{
				FromCode: "21-1018", Note: "projections of 21-1018 (Substance abuse, behavioral disorder, and mental health counselors)",
				Employment2024: "483,500", Employment2034: "564,600", EmploymentChange: "81,000",
				ChangePercent: "16.8%", ChangeValue: 16.8, AnnualOpenings: "48,300", OpeningsValue: 48300,
				TypicalEducation: "Master's degree", WorkExperience: "None", JobTraining: "Internship/residency",
			},
			JobZone: 5,
		},
		{
			Code: "27-2011.00", SOC: "27-2011", Title: "Actors",
			Description: descriptions["27-2011.00"],
			Titles:      stageActors(),
			Wages: &official.Wages{
				FromCode:   "27-2011",
				HourlyMean: "$44.40", HourlyMedian: "$23.33", Hourly10: "$14.00", Hourly25: "$16.94", Hourly75: "$41.09", Hourly90: "$97.19",
			},
			Projection: &official.Projection{
				FromCode: "27-2011", Employment2024: "57,000", Employment2034: "57,100", EmploymentChange: "200",
				ChangePercent: "0.3%", ChangeValue: 0.3, AnnualOpenings: "6,300", OpeningsValue: 6300,
				TypicalEducation: "Some college, no degree", WorkExperience: "None", JobTraining: "Long-term on-the-job training",
			},
			JobZone: 2,
			Tasks: []official.Task{
				{Text: "Collaborate with other actors as part of an ensemble.", Type: "Core"},
				{Text: "Portray and interpret roles, using speech, gestures, and body movements, to entertain, inform, or instruct radio, film, television, or live audiences.", Type: "Core"},
				{Text: "Learn lines."}, // no task type published
			},
			Interests: &official.Interests{Scores: [6]string{"2.31", "2.13", "7.00", "4.10", "4.00", "1.67"}, HighPoints: [3]int{3, 4, 5}},
			Skills: []official.Skill{
				{Name: "Speaking", Importance: "3.88", Level: "4.00"},
				{Name: "Reading Comprehension", Importance: "3.88", Level: "3.88"},
			},
		},
		{
			Code: "29-1141.00", SOC: "29-1141", Title: "Registered Nurses",
			Description: descriptions["29-1141.00"],
			Titles: []string{"Registered Nurse (RN)", "RN", "Nurse", "Charge Nurse", "Staff Nurse",
				"Emergency Room Nurse (ER Nurse)", "ER Nurse", "School Nurse"},
			Wages:      &rnWages,
			Projection: &rnProjection,
			JobZone:    4,
			// Core tasks first, at most eight: the two supplemental tasks
			// between them in the file are cut.
			Tasks: []official.Task{
				{Text: "Record patients' medical information and vital signs.", Type: "Core"},
				{Text: "Administer medications to patients and monitor patients for reactions or side effects.", Type: "Core"},
				{Text: "Maintain accurate, detailed reports and records.", Type: "Core"},
				{Text: "Monitor, record, and report symptoms or changes in patients' conditions.", Type: "Core"},
				{Text: "Provide health care, first aid, immunizations, or assistance in convalescence or rehabilitation in locations such as schools, hospitals, or industry.", Type: "Core"},
				{Text: "Consult and coordinate with healthcare team members to assess, plan, implement, or evaluate patient care plans.", Type: "Core"},
				{Text: "Direct or supervise less-skilled nursing or healthcare personnel or supervise a particular unit.", Type: "Core"},
				{Text: "Monitor all aspects of patient care, including diet and physical activity.", Type: "Core"},
			},
			// The four hot technologies first, then the others in file order
			// up to ten in all.
			Technology: []official.Technology{
				{Name: "Apache Spark", Hot: true}, {Name: "eClinicalWorks EHR software", Hot: true},
				{Name: "Epic Systems", Hot: true}, {Name: "Google Docs", Hot: true},
				{Name: "Allscripts healthcare automation software"}, {Name: "Allscripts Sunrise"}, {Name: "Data entry software"},
				{Name: "Database software"}, {Name: "Diagnostic and procedural coding software"}, {Name: "DoctorsPartner EMR"},
			},
			// By tier and index, though the file lists them out of order.
			Related: []official.Related{
				{"29-1141.04", "Primary-Short"}, {"29-1171.00", "Primary-Short"}, {"29-1141.01", "Primary-Short"},
				{"29-1141.03", "Primary-Short"}, {"29-2061.00", "Primary-Short"}, {"29-1161.00", "Primary-Long"},
				{"29-1141.02", "Primary-Long"}, {"31-1131.00", "Primary-Long"}, {"29-1071.00", "Primary-Long"},
				{"29-1151.00", "Primary-Long"}, {"29-1214.00", "Supplemental"}, {"29-2043.00", "Supplemental"},
				{"29-1215.00", "Supplemental"}, {"29-1211.00", "Supplemental"}, {"29-1218.00", "Supplemental"},
				{"29-1243.00", "Supplemental"}, {"29-2042.00", "Supplemental"}, {"29-1216.00", "Supplemental"},
				{"29-1212.00", "Supplemental"}, {"29-1229.02", "Supplemental"},
			},
			Interests: &official.Interests{Scores: [6]string{"3.66", "4.82", "1.31", "5.62", "2.28", "4.58"}, HighPoints: [3]int{4, 2, 6}},
			// Food Production is marked not relevant; levels as published.
			Knowledge: []official.Skill{
				{Name: "Psychology", Importance: "4.58", Level: "6.08"},
				{Name: "Customer and Personal Service", Importance: "4.40", Level: "5.48"},
				{Name: "Medicine and Dentistry", Importance: "4.36", Level: "4.47"},
				{Name: "Mathematics", Importance: "3.43", Level: "3.40"},
			},
			// Scale RL only, categories with a share above zero, names
			// without O*NET's explanations.
			Education: []official.EducationShare{
				{Category: 2, Level: "High School Diploma", Percent: "0.76"},
				{Category: 3, Level: "Post-Secondary Certificate", Percent: "22.5"},
				{Category: 5, Level: "Associate's Degree (or other 2-year degree)", Percent: "19.39"},
				{Category: 6, Level: "Bachelor's Degree", Percent: "55.92"},
				{Category: 8, Level: "Master's Degree", Percent: "1.43"},
			},
			// Persuasion (importance suppressed) and Negotiation (not
			// relevant) are left out; Instructing's level is suppressed.
			Skills: []official.Skill{
				{Name: "Social Perceptiveness", Importance: "4.12", Level: "4.38"},
				{Name: "Active Listening", Importance: "4.00", Level: "4.25"},
				{Name: "Speaking", Importance: "4.00", Level: "4.25"},
				{Name: "Critical Thinking", Importance: "4.00", Level: "4.12"},
				{Name: "Coordination", Importance: "4.00", Level: "4.00"},
				{Name: "Reading Comprehension", Importance: "3.88", Level: "4.25"},
				{Name: "Instructing", Importance: "3.88", Level: ""},
				{Name: "Monitoring", Importance: "3.75", Level: "4.00"},
				{Name: "Writing", Importance: "3.75", Level: "3.88"},
				{Name: "Active Learning", Importance: "3.50", Level: "3.75"},
			},
		},
		{
			Code: "29-1141.01", SOC: "29-1141", Title: "Acute Care Nurses",
			Description: descriptions["29-1141.01"],
			Titles:      []string{"Acute Care Nurse", "Charge Nurse"},
			Wages:       with(rnWages, func(w *official.Wages) { w.Note = "wages of 29-1141 (Registered Nurses)" }),
			Projection:  with(rnProjection, func(p *official.Projection) { p.Note = "projections of 29-1141 (Registered nurses)" }),
			JobZone:     4,
		},
		{
			Code: "29-1211.00", SOC: "29-1211", Title: "Anesthesiologists",
			Description: descriptions["29-1211.00"],
			Wages: &official.Wages{
				FromCode: "29-1211", Employment: "31,080",
				HourlyMean: "$161.88", HourlyMedian: "$115.00 or more", Hourly10: "$61.46", Hourly25: "$115.00 or more",
				Hourly75: "$115.00 or more", Hourly90: "$115.00 or more",
				AnnualMean: "$336,640", AnnualMedian: "$239,200 or more", Annual10: "$127,840", Annual25: "$239,200 or more",
				Annual75: "$239,200 or more", Annual90: "$239,200 or more",
				AnnualMedianValue: 239200,
			},
		},
		{
			Code: "43-9022.00", SOC: "43-9022", Title: "Word Processors and Typists",
			Description: descriptions["43-9022.00"],
			Projection: &official.Projection{
				FromCode: "43-9022", Employment2024: "40,000", Employment2034: "25,600", EmploymentChange: "-14,400",
				ChangePercent: "-36.1%", ChangeValue: -36.1, AnnualOpenings: "2,500", OpeningsValue: 2500,
				TypicalEducation: "High school diploma or equivalent", WorkExperience: "None", JobTraining: "Short-term on-the-job training",
			},
		},
		{Code: "55-1011.00", SOC: "55-1011", Title: "Air Crew Officers", Description: descriptions["55-1011.00"]},
	},
}

// diffDatasets reports the occupations and releases that differ.
func diffDatasets(t *testing.T, got, want *official.Dataset) {
	t.Helper()
	if !reflect.DeepEqual(got.Release, want.Release) {
		t.Errorf("Release = %v; want %v", got.Release, want.Release)
	}
	if !reflect.DeepEqual(got.StateWages, want.StateWages) {
		t.Errorf("StateWages:\n got %s\nwant %s", asJSON(got.StateWages), asJSON(want.StateWages))
	}
	wantBy := map[string]official.Occupation{}
	for _, o := range want.Occupations {
		wantBy[o.Code] = o
	}
	var gotCodes, wantCodes []string
	for _, o := range got.Occupations {
		gotCodes = append(gotCodes, o.Code)
		if w, ok := wantBy[o.Code]; ok && !reflect.DeepEqual(o, w) {
			t.Errorf("occupation %s:\n got %s\nwant %s", o.Code, asJSON(o), asJSON(w))
		}
	}
	for _, o := range want.Occupations {
		wantCodes = append(wantCodes, o.Code)
	}
	if !reflect.DeepEqual(gotCodes, wantCodes) {
		t.Errorf("occupation codes = %v; want %v", gotCodes, wantCodes)
	}
}

func asJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestReadDir(t *testing.T) {
	tests := []struct {
		name string
		opt  fixtureOptions
	}{
		{"spreadsheets", fixtureOptions{onet: onetXLSX}},
		{"O*NET text release", fixtureOptions{onet: onetText}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFixtures(t, tt.opt)
			got, err := official.ReadDir(dir)
			if err != nil {
				t.Fatalf("ReadDir: %v", err)
			}
			diffDatasets(t, got, fixtureWant)
			// The national file's total row: all occupations together.
			all := got.AllOccupations
			if all == nil || all.FromCode != "00-0000" || all.AnnualMedian != "$49,500" || all.AnnualMean != "$67,920" ||
				all.HourlyMedian != "$23.80" || all.HourlyMean != "$32.66" || all.Employment != "154,187,380" || all.AnnualMedianValue != 49500 {
				t.Errorf("AllOccupations = %+v; want the 00-0000 row's figures", all)
			}
			// The projections' total row: what "faster than average" means.
			p := got.AllProjection
			if p == nil || p.FromCode != "00-0000" || p.ChangePercent != "3.1%" || p.ChangeValue != 3.1 ||
				p.Employment2024 != "169,956,100" || p.AnnualOpenings != "18,863,300" {
				t.Errorf("AllProjection = %+v; want the 00-0000 row's figures", p)
			}
		})
	}
}

// TestReadDirTopFigure checks that "#" stands for the top figure the OEWS
// notes give, and for the May 2024 figures when a copy has no notes.
func TestReadDirTopFigure(t *testing.T) {
	tests := []struct {
		name, note           string
		wantHourly, wantYear string
		wantValue            float64
	}{
		{"notes", "#  = indicates a wage equal to or greater than $120.00 per hour or $249,600 per year", "$120.00 or more", "$249,600 or more", 249600},
		{"no notes", "-", "$115.00 or more", "$239,200 or more", 239200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, err := official.ReadDir(writeFixtures(t, fixtureOptions{topNote: tt.note}))
			if err != nil {
				t.Fatalf("ReadDir: %v", err)
			}
			w := find(t, ds, "29-1211.00").Wages
			if w.HourlyMedian != tt.wantHourly || w.AnnualMedian != tt.wantYear || w.AnnualMedianValue != tt.wantValue {
				t.Errorf("median = %q, %q, %v; want %q, %q, %v",
					w.HourlyMedian, w.AnnualMedian, w.AnnualMedianValue, tt.wantHourly, tt.wantYear, tt.wantValue)
			}
		})
	}
}

func TestReadDirONETRelease(t *testing.T) {
	dir := writeFixtures(t, fixtureOptions{})
	if err := os.Remove(filepath.Join(dir, "onet", "Read Me.txt")); err != nil {
		t.Fatal(err)
	}
	ds, err := official.ReadDir(dir)
	if err != nil {
		t.Fatalf("ReadDir: %v", err)
	}
	if got := ds.Release["onet"]; got != official.DefaultONETRelease {
		t.Errorf(`Release["onet"] without release notes = %q; want %q`, got, official.DefaultONETRelease)
	}
}

func find(t *testing.T, ds *official.Dataset, code string) *official.Occupation {
	t.Helper()
	for i := range ds.Occupations {
		if ds.Occupations[i].Code == code {
			return &ds.Occupations[i]
		}
	}
	t.Fatalf("occupation %s missing", code)
	return nil
}

// setCell changes one cell of a fixture workbook.
func setCell(t *testing.T, path, sheet, ref string, value any) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.SetCellValue(sheet, ref, value); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

func TestReadDirErrors(t *testing.T) {
	tests := []struct {
		name     string
		spoil    func(t *testing.T, dir string)
		wantName string   // file name the error must carry
		wantIs   error    // nil: any error
		wantText []string // more the error must say
	}{
		{
			name:     "no projections",
			spoil:    func(t *testing.T, dir string) { remove(t, dir, "bls/occupation.xlsx") },
			wantName: "bls/occupation.xlsx", wantIs: fs.ErrNotExist,
		},
		{
			name:     "no OEWS file",
			spoil:    func(t *testing.T, dir string) { remove(t, dir, "bls/national_M2024_dl.xlsx") },
			wantName: "bls/national_M*_dl.xlsx", wantIs: fs.ErrNotExist,
		},
		{
			name:     "no skills in either form",
			spoil:    func(t *testing.T, dir string) { remove(t, dir, "onet/Skills.xlsx") },
			wantName: "onet/Skills.xlsx", wantIs: fs.ErrNotExist, wantText: []string{"Skills.txt"},
		},
		{
			name: "a wage that is neither a number nor a mark",
			spoil: func(t *testing.T, dir string) {
				// Row 11 is Registered Nurses, column W its hourly median.
				setCell(t, filepath.Join(dir, "bls", "national_M2024_dl.xlsx"), "national_M2024_dl", "W11", "about 45")
			},
			wantName: "bls/national_M2024_dl.xlsx", wantText: []string{"29-1141", "H_MEDIAN", `"about 45"`},
		},
		{
			name: "a renamed column",
			spoil: func(t *testing.T, dir string) {
				setCell(t, filepath.Join(dir, "onet", "Job Zones.xlsx"), "Job Zones", "C1", "Zone")
			},
			wantName: "onet/Job Zones.xlsx", wantText: []string{`"Job Zone"`},
		},
		{
			name: "a job zone out of range",
			spoil: func(t *testing.T, dir string) {
				setCell(t, filepath.Join(dir, "onet", "Job Zones.xlsx"), "Job Zones", "C2", 7)
			},
			wantName: "onet/Job Zones.xlsx", wantText: []string{"11-1011.00"},
		},
		{
			name: "no header row",
			spoil: func(t *testing.T, dir string) {
				setCell(t, filepath.Join(dir, "bls", "occupation.xlsx"), "Table 1.2", "B2", "code")
			},
			wantName: "bls/occupation.xlsx", wantText: []string{"header row not found"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFixtures(t, fixtureOptions{})
			tt.spoil(t, dir)
			ds, err := official.ReadDir(dir)
			if err == nil {
				t.Fatalf("ReadDir = %d occupations, nil error; want an error", len(ds.Occupations))
			}
			if !strings.HasPrefix(err.Error(), "read "+tt.wantName+":") {
				t.Errorf("ReadDir error %q does not start with %q", err, "read "+tt.wantName+":")
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("ReadDir error %q is not %v", err, tt.wantIs)
			}
			for _, s := range tt.wantText {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("ReadDir error %q does not mention %s", err, s)
				}
			}
		})
	}
}

func remove(t *testing.T, dir, name string) {
	t.Helper()
	if err := os.Remove(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
		t.Fatal(err)
	}
}

// TestReadDirWithoutAddedTables checks that the tables added for issue 12
// are optional: a folder of the earlier layout reads as before.
func TestReadDirWithoutAddedTables(t *testing.T) {
	dir := writeFixtures(t, fixtureOptions{})
	for _, name := range []string{"Task Statements", "Technology Skills", "Related Occupations", "Interests", "Knowledge",
		"Education, Training, and Experience", "Education, Training, and Experience Categories"} {
		remove(t, dir, "onet/"+name+".xlsx")
	}
	remove(t, dir, "bls/oews_state_M2024_detailed.csv")
	ds, err := official.ReadDir(dir)
	if err != nil {
		t.Fatalf("ReadDir: %v", err)
	}
	for _, o := range ds.Occupations {
		if o.Tasks != nil || o.Technology != nil || o.Related != nil || o.Interests != nil || o.Knowledge != nil || o.Education != nil {
			t.Errorf("%s has data of a removed table", o.Code)
		}
	}
	if ds.StateWages != nil || len(ds.Release) != 3 {
		t.Errorf("StateWages = %d rows, Release = %v; want none and the three releases", len(ds.StateWages), ds.Release)
	}
}

// TestReadDirFileReleases checks that a README listing each file's release
// names the release of each added table.
func TestReadDirFileReleases(t *testing.T) {
	dir := writeFixtures(t, fixtureOptions{})
	readme := "| file | release |\n|---|---|\n| onet/Task Statements.xlsx | O*NET 30.0 | tasks |\n| onet/Knowledge.xlsx | O*NET 29.1 | knowledge |\n" +
		"| onet/Skills.xlsx | O*NET 30.1 | skills |\n| onet/Job Zones.xlsx | O*NET 30.2 | zones |\n"
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte(readme), 0o644); err != nil {
		t.Fatal(err)
	}
	ds, err := official.ReadDir(dir)
	if err != nil {
		t.Fatalf("ReadDir: %v", err)
	}
	// Skills, read with Occupation Data, has a release of its own; Job
	// Zones has Occupation Data's (the fixtures' 30.2) and none of its own.
	for key, want := range map[string]string{"onet-tasks": "O*NET 30.0", "onet-knowledge": "O*NET 29.1", "onet-related": "O*NET 29.3",
		"onet": official.DefaultONETRelease, "onet-skills": "O*NET 30.1", "onet-job-zones": "", "onet-reported-titles": ""} {
		if got := ds.Release[key]; got != want {
			t.Errorf("Release[%q] = %q; want %q", key, got, want)
		}
	}
}

func TestStateWagesFor(t *testing.T) {
	ds := &official.Dataset{StateWages: fixtureStateWages}
	tests := []struct {
		soc, wantCode string
		wantRows      int
	}{
		{"29-1141", "29-1141", 4},
		{"13-1021", "13-1020", 4}, // published only for the broad group
		{"55-1011", "", 0},
	}
	for _, tt := range tests {
		rows, code := ds.StateWagesFor(tt.soc, "")
		if code != tt.wantCode || len(rows) != tt.wantRows {
			t.Errorf("StateWagesFor(%s) = %d rows of %q; want %d of %q", tt.soc, len(rows), code, tt.wantRows, tt.wantCode)
		}
		for _, r := range rows {
			if r.Code != tt.wantCode {
				t.Errorf("StateWagesFor(%s) row of %s", tt.soc, r.Code)
			}
		}
	}
}
