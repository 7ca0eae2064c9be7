package main

import "fmt"

type rec struct {
	id   int
	tags [4]string
	next *rec
}

func makeField() *string {
	r := &rec{id: 1}
	r.tags[2] = fmt.Sprint("tag-", r.id)
	return &r.tags[2] // only an interior pointer keeps r alive
}

func middle() []int {
	s := make([]int, 100)
	for i := range s {
		s[i] = i
	}
	return s[40:45] // the backing array is reachable only through the middle
}

func main() {
	p := makeField()
	m := middle()
	garbage := 0
	for i := 0; i < 2000; i++ {
		b := make([]byte, 64+i%100)
		garbage += len(b)
	}
	fmt.Println(*p, m, garbage)
	sub := fmt.Sprint("prefix-", 12345, "-suffix")[7:12]
	for i := 0; i < 500; i++ {
		_ = fmt.Sprint(i)
	}
	fmt.Println(sub)
}
