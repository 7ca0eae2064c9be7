package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '5', '世', 'ж', 'λ', ' ', '\u00a0', '!', '€', 'ǅ', 'ー', 'ア', 'あ', '한', 'ا', '\u0301', 0x1F600, -1, 0x110000}
	tables := map[string]*unicode.RangeTable{"Han": unicode.Han, "Latin": unicode.Latin, "Greek": unicode.Greek, "Cyrillic": unicode.Cyrillic, "Letter": unicode.Letter, "Digit": unicode.Digit, "Space": unicode.Space, "White_Space": unicode.White_Space, "Sc": unicode.Sc, "Lt": unicode.Lt, "Katakana": unicode.Katakana, "Hiragana": unicode.Hiragana, "Hangul": unicode.Hangul, "Arabic": unicode.Arabic, "Mn": unicode.Mn, "So": unicode.So, "Common": unicode.Common}
	names := []string{"Han", "Latin", "Greek", "Cyrillic", "Letter", "Digit", "Space", "White_Space", "Sc", "Lt", "Katakana", "Hiragana", "Hangul", "Arabic", "Mn", "So", "Common"}
	for _, r := range runes {
		fmt.Printf("%U:", r)
		for _, n := range names {
			if unicode.Is(tables[n], r) {
				fmt.Print(" ", n)
			}
		}
		fmt.Println(" |", unicode.In(r, unicode.Han, unicode.Hiragana), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Sc}, r))
	}
	custom := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}}, LatinOffset: 1}
	fmt.Println(unicode.Is(custom, 'c'), unicode.Is(custom, 'd'), len(unicode.Categories), unicode.Is(unicode.Categories["Lu"], 'Q'), unicode.Is(unicode.Scripts["Thai"], 'ก'))
}
