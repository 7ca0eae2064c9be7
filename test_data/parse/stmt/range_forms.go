package main

import "fmt"

func main() {
	scores := map[string]int{"ann": 3}
	words := []string{"a", "b"}
	var i, total int
	var w string
	for range 10 {
		total++
	}
	for n := range 3 {
		total += n
	}
	for range words {
		total--
	}
	for i = range words {
	}
	for i, w = range words {
		fmt.Println(i, w)
	}
	for k := range scores {
		fmt.Println(k)
	}
	for _, v := range scores {
		total += v
	}
	for pos, r := range "héllo" {
		fmt.Println(pos, r)
	}
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		total += v
	}
	for j := 0; j < 3; j++ {
		total += j
	}
	for total > 100 {
		total /= 2
	}
	for ; total < 5; {
		total++
	}
	for j := 0; ; j += 2 {
		if j > 4 {
			break
		}
	}
	for {
		break
	}
	fmt.Println(total)
}
