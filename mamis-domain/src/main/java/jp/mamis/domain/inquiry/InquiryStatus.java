package jp.mamis.domain.inquiry;

/** Where an inquiry stands. */
public enum InquiryStatus {
    /** 未回答: the member wrote last; the secretariat has to answer. */
    OPEN,
    /** 回答済: the secretariat answered; the member may write again, which opens it again. */
    ANSWERED
}
